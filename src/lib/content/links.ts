/**
 * The links and heading anchors of a Markdown text, in every form an editor may write them:
 * inline `[a](/x/)`, reference `[a][1]` with `[1]: /x/`, autolinks `<https://…>`, images, and
 * HTML `href`/`src`. Parsed with the same remark parser and GFM extension the site renders with,
 * so what counts as a link here is what becomes one on the page.
 */
import GithubSlugger from 'github-slugger';
import { Parser } from 'htmlparser2';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export interface FoundLink {
	url: string;
	/** 1-based line in the text. */
	line: number;
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

function htmlLinks(html: string): string[] {
	const urls: string[] = [];
	const parser = new Parser({
		onopentag(_name, attributes) {
			for (const attribute of ['href', 'src']) if (attributes[attribute] !== undefined) urls.push(attributes[attribute]);
		},
	});
	parser.write(html);
	parser.end();
	return urls;
}

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
		if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) links.push({ url: node.url, line });
		if (node.type === 'html' && node.value) for (const url of htmlLinks(node.value)) links.push({ url, line });
		if (node.type === 'heading') anchors.add(slugger.slug(textOf(node)));
	});
	return { links, anchors };
}
