/**
 * The content allowlist applied to a string of HTML rather than a Markdown tree: Starlight's
 * `banner.content` is HTML, set by our own pages (the edition banner) and, if it ever got past the
 * content check, by a page's frontmatter.
 */
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { contentHtmlSchema } from './content-html-schema';

export function sanitizeHtmlString(html: string): string {
	return toHtml(sanitize(fromHtml(html, { fragment: true }), contentHtmlSchema));
}
