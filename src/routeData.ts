/**
 * Starlight route data middleware. Starlight writes every `head` entry with `set:html`, the
 * `<title>` included, whose text is the page's title from content: a title such as
 * `</title><script>…` would otherwise become a script in every page's head. Here each head entry's
 * text content is escaped, so a title is text; `head` from content is never accepted
 * (src/content.config.ts), so no entry here is meant to carry markup.
 *
 * It also starts the build's worker (src/lib/build-aside/), adds the page's share card (src/lib/share/), the Atom feeds it announces and, on an
 * entry's page, the fingerprint of what the entry says, which public/changed-since-visit.js
 * compares with the reader's last visit. And it hands the credit block of `docs` pages
 * (components/starlight/PageTitle.astro) their observed revision, computed from the one history
 * read per build.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { entryRevision } from './lib/attribution/entry-revision';
import { getContentHistory } from './lib/git/content-history';
import { escapeHtml } from './lib/html/escape-html';
import { contentPathOf } from './lib/content/paths';
import { loadSite } from './lib/model/load';
import { entryPages } from './lib/model/entry-pages';
import { contentVersion } from './lib/reader/content-version';
import { registerShareCards } from './lib/share/card-files';
import { cardOfPage, shareCards } from './lib/share/page-cards';
import { startAside } from './lib/build-aside/aside';
import { sitePlan } from './lib/build-aside/site-plan';
import { inStaticBuild } from './lib/build-aside/static-build';
import { feedLinks } from './lib/feed/feed-links';
import { descriptionFromBody } from './lib/share/page-description';
import { documentTitle, shareCardHead } from './lib/share/share-head';
import { siteName } from './lib/share/site-identity';
import { routes } from './lib/routes';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	// Collections are built from the registry in a loop (src/content.config.ts): Astro cannot type the entry's data.
	const data = route.entry.data as { title: string; description?: string };
	const pageTitle = data.title;
	route.head = route.head.map((entry) =>
		entry.tag === 'title' && entry.content ? { ...entry, content: escapeHtml(documentTitle(pageTitle, entry.content, siteName)) } : entry,
	);
	const fallback = data.description ? undefined : descriptionFromBody(route.entry.body);
	if (fallback) route.head = route.head.map((entry) => (isDescription(entry) ? { ...entry, attrs: { ...entry.attrs, content: fallback } } : entry));
	const site = await loadSite();
	const base = context.site ?? new URL(context.url.origin);
	// The first page of a build starts the worker that computes references, QR codes and share cards beside it (src/lib/build-aside/).
	if (inStaticBuild()) {
		startAside(() => sitePlan(site, base));
		registerShareCards(() => shareCards(site));
	}
	const path = safeDecode(context.url.pathname);
	route.head.push(...shareCardHead(cardOfPage(site, path), base));
	route.head.push(...feedLinks(site, path));
	const page = entryPages(site).get(path);
	if (page) {
		route.head.push({ tag: 'meta', attrs: { name: 'gj:content-version', content: contentVersion(page.entry) } });
		if (page.entry.filePath) route.head.push({ tag: 'meta', attrs: { name: 'gj:history-url', content: routes.history(contentPathOf(page.entry.filePath)) } });
	}
	if (route.entry.collection === 'docs' && route.entry.filePath) context.locals.entryRevision = entryRevision(site, await getContentHistory(), route.entry.filePath);
});

type HeadEntry = { tag: string; attrs?: Record<string, string | boolean | undefined> };
const isDescription = (entry: HeadEntry) => entry.tag === 'meta' && (entry.attrs?.name === 'description' || entry.attrs?.property === 'og:description');

/** A malformed escape in a requested address (dev server) is looked up as written. */
function safeDecode(pathname: string): string {
	try {
		return decodeURI(pathname);
	} catch {
		return pathname;
	}
}
