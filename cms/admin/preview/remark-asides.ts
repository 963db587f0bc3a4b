/**
 * Starlight's asides for the preview: `:::note`, `:::tip`, `:::caution` and `:::danger` blocks
 * become the markup Starlight renders on the site (`aside.starlight-aside--note` …), so the site's
 * CSS styles them the same. Starlight's own plugin is not importable from its package. Other
 * directives go back to the text they were written as, as on the site.
 */
import type { Plugin } from 'unified';

interface Node {
	type: string;
	name?: string;
	value?: string;
	data?: Record<string, unknown>;
	children?: Node[];
}

const textOf = (nodes: Node[] = []): string => nodes.map((node) => node.value ?? textOf(node.children)).join('');

/** An mdast node that remark-rehype turns into an HTML element of our choosing. */
const element = (tagName: string, properties: Record<string, unknown>, children: Node[]): Node => ({
	type: 'paragraph',
	data: { hName: tagName, hProperties: properties },
	children,
});

function toAside(node: Node, titles: Record<string, string>): Node {
	const [first, ...rest] = node.children ?? [];
	const labelled = first?.type === 'paragraph' && first.data && 'directiveLabel' in first.data;
	const titleNodes = labelled ? first.children ?? [] : [{ type: 'text', value: titles[node.name!] }];
	const content = labelled ? rest : node.children ?? [];
	return element('aside', { className: ['starlight-aside', `starlight-aside--${node.name}`], ariaLabel: textOf(titleNodes) }, [
		element('p', { className: ['starlight-aside__title'], ariaHidden: 'true' }, titleNodes),
		element('div', { className: ['starlight-aside__content'] }, content),
	]);
}

function restore(node: Node): Node {
	const label = node.children?.length ? `[${textOf(node.children)}]` : '';
	return { type: 'text', value: `${node.type === 'leafDirective' ? '::' : ':'}${node.name}${label}` };
}

function transform(nodes: Node[], titles: Record<string, string>): Node[] {
	return nodes.map((node) => {
		if (node.type === 'containerDirective' && node.name! in titles) node = toAside(node, titles);
		else if (node.type === 'textDirective' || node.type === 'leafDirective') return restore(node);
		if (node.children) node.children = transform(node.children, titles);
		return node;
	});
}

export const remarkAsides: Plugin<[Record<string, string>]> = (titles) => (tree) => {
	const root = tree as Node;
	root.children = transform(root.children ?? [], titles);
};
