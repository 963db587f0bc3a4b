/**
 * The links and heading anchors of a Markdown text, in every form an editor may write them:
 * inline `[a](/x/)`, reference `[a][1]` with `[1]: /x/`, autolinks `<https://…>` and images.
 * Parsed with the same remark parser and GFM extension the site renders with, so what counts as a
 * link here is what becomes one on the page. Links written in HTML are not followed: every HTML tag
 * in a body is refused on its own (unsafe-markup.ts), and one mistake gets one message.
 */
import GithubSlugger from 'github-slugger';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface FoundLink {
	url: string;
	/** 1-based line in the text. */
	line: number;
	/** An image: one outside /files/ is refused as such (unsafe-markup.ts), not as a broken link. */
	image?: boolean;
}

interface Node {
	type: string;
	url?: string;
	value?: string;
	depth?: number;
	children?: Node[];
	position?: { start: { line: number } };
}

const parser = unified().use(remarkParse).use(remarkGfm);

function walk(node: Node, visit: (node: Node) => void) {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');

export interface MarkdownOutline {
	links: FoundLink[];
	/** Heading ids, as the page's heading anchors will be. */
	anchors: Set<string>;
}

/** Text without `[`, `<`, `http` or `www.` holds no link in any form: no need to parse it. */
export const mayHoldLinks = (markdown: string) => /[[<]|https?:|www\./i.test(markdown);

export function outlineMarkdown(markdown: string): MarkdownOutline {
	const tree = parser.parse(markdown) as Node;
	const links: FoundLink[] = [];
	const anchors = new Set<string>();
	const slugger = new GithubSlugger();
	walk(tree, (node) => {
		const line = node.position?.start.line ?? 1;
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) links.push({ url: node.url, line, image: node.type === 'image' });
		if (node.type === 'heading') anchors.add(slugger.slug(textOf(node)));
	});
	return { links, anchors };
}
