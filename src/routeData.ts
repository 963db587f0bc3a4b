/**
 * Starlight route data middleware. Starlight writes every `head` entry with `set:html`, the
 * `<title>` included, whose text is the page's title from content: a title such as
 * `</title><script>…` would otherwise become a script in every page's head. Here each head entry's
 * text content is escaped, so a title is text; `head` from content is never accepted
 * (src/content.config.ts), so no entry here is meant to carry markup.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtml } from './lib/html/escape-html';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	route.head = route.head.map((entry) => (entry.tag === 'title' && entry.content ? { ...entry, content: escapeHtml(entry.content) } : entry));
});
