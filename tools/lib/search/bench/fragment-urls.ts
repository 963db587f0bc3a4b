/**
 * Which URL each Pagefind result id stands for, read from a bundle's fragment files on disk, so
 * the benchmark can judge every result without loading every fragment in the browser. Our index
 * may come in several bundles (write-search-index.ts): their fragments count too.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BUNDLE_MANIFEST, type BundleManifest } from '../../../../src/lib/search/bundle-manifest';

type Fragment = { url: string };

function parseFragmentFile(file: string): Record<string, Fragment> | Fragment {
	const text = gunzipSync(readFileSync(file)).toString('utf-8');
	// Pagefind prefixes its files with a short signature before the JSON.
	return JSON.parse(text.slice(text.indexOf('{')));
}

function bundleDirs(bundleDir: string): string[] {
	const manifest = join(bundleDir, BUNDLE_MANIFEST);
	if (!existsSync(manifest)) return [bundleDir];
	const { bundles } = JSON.parse(readFileSync(manifest, 'utf-8')) as BundleManifest;
	return [bundleDir, ...bundles.map((bundle) => join(bundleDir, bundle))];
}

export function fragmentUrls(bundleDir: string): Map<string, string> {
	const urls = new Map<string, string>();
	for (const dir of bundleDirs(bundleDir)) addFragmentUrls(join(dir, 'fragment'), urls);
	return urls;
}

function addFragmentUrls(dir: string, urls: Map<string, string>) {
	for (const name of readdirSync(dir)) {
		const id = name.replace(/\.pf_fragment$/, '');
		const parsed = parseFragmentFile(join(dir, name));
		// A shared fragment file (Pagefind's maxFragments) maps page ids to their fragments.
		if (typeof parsed.url === 'string') urls.set(id, parsed.url as string);
		else for (const [pageId, fragment] of Object.entries(parsed as Record<string, Fragment>)) urls.set(pageId, fragment.url);
	}
}
