/**
 * Loads pagefind.js from the built site and creates the one Pagefind instance the page uses.
 */
import { BUNDLE_MANIFEST, type BundleManifest } from './bundle-manifest';
import { INDEX_LANGUAGE } from './index-language';
import type { PagefindInstance, PagefindModule } from './pagefind-api';

/**
 * pagefind.js reads `<html lang>` once, when an instance is created, and then cuts every query of
 * a zh page into words with Intl.Segmenter: our bigram tokens (会工) would be split apart again and
 * the phrase would find nothing (Pagefind #1237; the index/query mismatch #659 and #987 describe).
 * Pagefind 1.6 overrides a `language` passed to createInstance with the page's lang, so the page
 * says `und` for exactly the synchronous call that creates the instance, and `zh-CN` again before
 * anything can render or read it. Our e2e tests (会工, 在社区) fail if Pagefind ever segments again.
 */
function createWhileDocumentLanguageIs(lang: string, create: () => PagefindInstance): PagefindInstance {
	const root = document.documentElement;
	const original = root.getAttribute('lang');
	root.setAttribute('lang', lang);
	try {
		return create();
	} finally {
		if (original === null) root.removeAttribute('lang');
		else root.setAttribute('lang', original);
	}
}

let loading: Promise<PagefindInstance> | undefined;

/** `bundlePath` is where the build wrote the index, e.g. `/pagefind/`; `baseUrl` prefixes result URLs. */
export function loadPagefind(bundlePath: string, baseUrl: string): Promise<PagefindInstance> {
	loading ??= (async () => {
		const [pagefind, manifest] = await Promise.all([
			import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindModule>,
			fetch(`${bundlePath}${BUNDLE_MANIFEST}`).then((response) => response.json() as Promise<BundleManifest>),
		]);
		const instance = createWhileDocumentLanguageIs(INDEX_LANGUAGE, () => pagefind.createInstance({ basePath: bundlePath, baseUrl }));
		await instance.init();
		// A large site's index comes in several bundles (write-search-index.ts); merged bundles take
		// the first one's language, so they too search our tokens unsegmented.
		await Promise.all(manifest.bundles.map((bundle) => instance.mergeIndex(`${bundlePath}${bundle}`, { baseUrl })));
		return instance;
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}
