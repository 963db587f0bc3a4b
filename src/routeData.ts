/**
 * Starlight route data middleware.
 *
 * Starlight writes every `head` entry with `set:html`, the `<title>` included, whose text is the
 * page's title from content: a title such as `</title><script>…` would otherwise become a script
 * in every page's head. Here each head entry's text content is escaped, so a title is text; `head`
 * from content is never accepted (src/content.config.ts), so no entry here is meant to carry markup.
 *
 * It also hands the credit block of `docs` pages (components/starlight/PageTitle.astro) their
 * observed revision, computed here from the one history read per build.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { entryRevision } from './lib/attribution/entry-revision';
import { getContentHistory } from './lib/git/content-history';
import { escapeHtml } from './lib/html/escape-html';
import { loadSite } from './lib/model/load';

export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	route.head = route.head.map((entry) => (entry.tag === 'title' && entry.content ? { ...entry, content: escapeHtml(entry.content) } : entry));
	if (route.entry.collection === 'docs' && route.entry.filePath) context.locals.entryRevision = entryRevision(await loadSite(), await getContentHistory(), route.entry.filePath);
});
