/**
 * Turns every 资料[00N] in a Markdown body into a readable citation (author and year, or title)
 * linked to that paper's entry on the sources page, so a reader can check any fact against its
 * source. Text already inside a link is left alone.
 */
import type { Link, Nodes, Root, Text } from 'mdast';
import { splitSourceRefs } from '../lib/sources/source-refs';

function linkIn(node: Nodes) {
	if (!('children' in node) || node.type === 'link' || node.type === 'linkReference') return;
	const children: Nodes[] = [];
	for (const child of node.children as Nodes[]) {
		if (child.type !== 'text' || !child.value.includes('资料[')) {
			linkIn(child);
			children.push(child);
			continue;
		}
		for (const segment of splitSourceRefs(child.value)) {
			children.push(
				segment.href
					? ({ type: 'link', url: segment.href, title: segment.title, children: [{ type: 'text', value: segment.text }] } satisfies Link)
					: ({ type: 'text', value: segment.text } satisfies Text),
			);
		}
	}
	(node as { children: Nodes[] }).children = children;
}

export function remarkSourceLinks() {
	return (tree: Root) => linkIn(tree);
}
