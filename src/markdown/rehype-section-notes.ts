/**
 * Puts a note after each `##` heading of a rendered body, the n-th note after the n-th heading
 * (a missing note adds nothing). Starlight wraps a heading with its anchor link in a `<div>`; the
 * note then goes after that wrapper, so it never sits between a heading and its anchor.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';

const isH2 = (node: RootContent) => node.type === 'element' && node.tagName === 'h2';
/** An h2, or Starlight's wrapper around one (the heading and its anchor link). */
const isHeading = (node: RootContent) => node.type === 'element' && (node.tagName === 'h2' || (node.tagName === 'div' && node.children.some(isH2)));

export function rehypeSectionNotes(notes: (Element | undefined)[]) {
	return (tree: Root) => {
		let index = 0;
		const walk = (parent: Root | Element) => {
			for (let i = 0; i < parent.children.length; i++) {
				const node = parent.children[i]!;
				if (isHeading(node)) {
					const note = notes[index++];
					if (note) parent.children.splice(++i, 0, note);
				} else if (node.type === 'element') walk(node);
			}
		};
		walk(tree);
	};
}

/** A body's HTML with the notes added. */
export function addSectionNotes(html: string, notes: (Element | undefined)[]): string {
	if (!notes.some(Boolean)) return html;
	const tree = fromHtml(html, { fragment: true });
	rehypeSectionNotes(notes)(tree);
	return toHtml(tree);
}
