/**
 * Puts a note after each `##` heading of a rendered body, the n-th note after the n-th heading
 * (a missing note adds nothing). Starlight wraps a heading with its anchor link in a `<div>`; the
 * note then goes after that wrapper, so it never sits between a heading and its anchor.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

export function rehypeSectionNotes(notes: (Element | undefined)[]) {
	return (tree: Root) => {
		let index = 0;
		visit(tree, 'element', (node, position, parent) => {
			if (!parent || position === undefined) return;
			const heading = node.tagName === 'h2' ? node : node.tagName === 'div' && node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2');
			if (!heading) return;
			const note = notes[index++];
			if (note) parent.children.splice(position + 1, 0, note);
			return [SKIP, position + (note ? 2 : 1)];
		});
	};
}

/** A body's HTML with the notes added. */
export function addSectionNotes(html: string, notes: (Element | undefined)[]): string {
	if (!notes.some(Boolean)) return html;
	return String(unified().use(rehypeParse, { fragment: true }).use(rehypeSectionNotes, notes).use(rehypeStringify).processSync(html));
}
