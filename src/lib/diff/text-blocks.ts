/**
 * A Markdown body as the blocks a reader sees: headings, paragraphs, list items, table cells,
 * code. Each block's text is the rendered text, with no Markdown syntax (`## `, `**`, link
 * targets, `:::note`), so a diff of blocks shows what changed for the reader.
 */
import type { Nodes, Parent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'cell' | 'code';

export interface TextBlock {
	kind: BlockKind;
	text: string;
}

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
/** A line break inside a paragraph is no space between Chinese characters: 社会\n工作 reads 社会工作. */
const CJK_BREAK = new RegExp(`(${CJK})[ \\t]*\\n\\s*(?=${CJK})`, 'g');

const textOf = (node: Nodes) =>
	toString(node, { includeHtml: false })
		.replace(CJK_BREAK, '$1')
		.replace(/\s*\n\s*/g, ' ')
		.trim();

function collect(node: Parent, into: TextBlock[]) {
	for (const child of node.children as RootContent[]) {
		switch (child.type) {
			case 'heading':
				push(into, 'heading', textOf(child));
				break;
			case 'paragraph':
				// A directive's label (`:::note[标题]`) is shown as the aside's title: keep it as a paragraph.
				push(into, 'paragraph', textOf(child));
				break;
			case 'code':
				push(into, 'code', child.value);
				break;
			case 'list':
				for (const item of child.children) collectItem(item, into);
				break;
			case 'table':
				for (const row of child.children) for (const cell of row.children) push(into, 'cell', textOf(cell));
				break;
			case 'html':
			case 'thematicBreak':
			case 'definition':
			case 'yaml':
				break;
			default:
				if ('children' in child) collect(child as Parent, into);
				else push(into, 'paragraph', textOf(child as Nodes));
		}
	}
}

/** A list item's own text is one block; lists nested in it are blocks of their own. */
function collectItem(item: Parent, into: TextBlock[]) {
	const own: string[] = [];
	const nested: Parent[] = [];
	for (const child of item.children as RootContent[]) {
		if (child.type === 'list') nested.push(child);
		else own.push(textOf(child));
	}
	const checked = (item as { checked?: boolean | null }).checked;
	const mark = checked === true ? '☑ ' : checked === false ? '☐ ' : '';
	push(into, 'item', mark + own.filter(Boolean).join(' '));
	for (const list of nested) for (const child of list.children as Parent[]) collectItem(child, into);
}

function push(into: TextBlock[], kind: BlockKind, text: string) {
	if (text.trim()) into.push({ kind, text: text.trim() });
}

export function markdownBlocks(markdown: string): TextBlock[] {
	const blocks: TextBlock[] = [];
	collect(parser.parse(markdown) as Parent, blocks);
	return blocks;
}

/** Characters of body text a reader sees: no syntax, no whitespace. */
export const visibleLength = (blocks: TextBlock[]) => blocks.reduce((sum, block) => sum + [...block.text.replace(/\s+/g, '')].length, 0);
