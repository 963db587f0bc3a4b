/**
 * The sanitiser for every content body, in the unified pipeline (astro.config.mjs and the CMS
 * preview use the same plugin). It runs on the content's own tree: after remark-rehype and
 * Starlight's asides, before Starlight adds heading anchors, so Starlight's generated markup is
 * never stripped. Raw HTML an editor typed is parsed here first (Astro would otherwise parse it
 * only after every rehype plugin, with rehype-raw), so it is judged as the browser would read it,
 * and then everything not in `contentHtmlSchema` is removed.
 */
import type { Element, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import { sanitize } from 'hast-util-sanitize';
import type { Plugin } from 'unified';
import { contentHtmlSchema } from './content-html-schema';

/** Images come only from the site's own uploads. */
export const IMAGE_PREFIX = '/files/';

const isElement = (node: RootContent): node is Element => node.type === 'element';

/** The one place an `svg` may stand: Starlight's aside title. */
const isAsideTitle = (node: Element) =>
	node.tagName === 'p' && ([] as unknown[]).concat(node.properties?.className ?? []).includes('starlight-aside__title');

function dropOutsideAllowedPlaces(parent: Root | Element) {
	parent.children = parent.children.filter((child) => {
		if (!isElement(child as RootContent)) return true;
		const element = child as Element;
		if (element.tagName === 'svg' && !(parent.type === 'element' && isAsideTitle(parent))) return false;
		if (element.tagName === 'img' && !String(element.properties?.src ?? '').startsWith(IMAGE_PREFIX)) return false;
		dropOutsideAllowedPlaces(element);
		return true;
	}) as typeof parent.children;
}

const hasRaw = (node: Root | RootContent): boolean => node.type === 'raw' || ('children' in node && node.children.some(hasRaw));

export const rehypeContentSanitize: Plugin<[], Root> = function () {
	const parseRaw = (rehypeRaw as unknown as Plugin<[], Root>).call(this) as (tree: Root, file: unknown) => Root;
	return (tree, file) => {
		// Re-parsing a whole tree through parse5 is the costly part; most bodies have no raw HTML.
		const parsed = hasRaw(tree) ? (parseRaw(tree, file) ?? tree) : tree;
		dropOutsideAllowedPlaces(parsed);
		const clean = sanitize(parsed, contentHtmlSchema) as Root;
		return clean;
	};
};
