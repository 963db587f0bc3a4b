/**
 * Links the first occurrence of each glossary term on a page to its definition in the glossary:
 * a plain `<a href class title data-term>` (what the content sanitiser's allowlist keeps, so this
 * runs after it), with the term's short definition in `title` for hover and `data-definition` for
 * the tap popup (src/components/GlossaryTip.astro). Never inside headings, links, code or pre;
 * the longest term wins where terms overlap (社会工作者 before 社会工作).
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Plugin } from 'unified';

export interface GlossaryTerm {
	term: string;
	/** Shown on hover and tap; the glossary page has the full text. */
	definition: string;
	href: string;
}

const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'button', 'select', 'textarea', 'abbr']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first sentence of a definition, cut to a tooltip's length. */
export function shortDefinition(definition: string, max = 60): string {
	const first = definition.trim().split(/(?<=[。！？；])/)[0]!.trim();
	return first.length > max ? `${first.slice(0, max - 1)}…` : first;
}

export const rehypeGlossaryLinks: Plugin<[{ terms: () => GlossaryTerm[] }], Root> = ({ terms }) => {
	let cached: { source: GlossaryTerm[]; pattern: RegExp; byTerm: Map<string, GlossaryTerm> } | undefined;
	// `terms` returns the same array until the glossary changes (astro dev), so this is built once per version.
	const matcher = () => {
		const source = terms();
		if (cached?.source === source) return cached;
		const list = source.filter((t) => t.term.trim().length > 0);
		const byTerm = new Map(list.map((t) => [t.term, t]));
		// Longer alternatives first: at any position the regex takes the first that matches.
		const alternatives = [...byTerm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
		cached = { source, pattern: new RegExp(alternatives.join('|') || '(?!)', 'gu'), byTerm };
		return cached;
	};

	return (tree) => {
		const { pattern, byTerm } = matcher();
		if (byTerm.size === 0) return;
		const linked = new Set<string>();

		const linkIn = (text: Text): ElementContent[] | undefined => {
			const out: ElementContent[] = [];
			let last = 0;
			pattern.lastIndex = 0;
			for (const match of text.value.matchAll(pattern)) {
				const term = match[0];
				if (linked.has(term)) continue;
				linked.add(term);
				const entry = byTerm.get(term)!;
				if (match.index > last) out.push({ type: 'text', value: text.value.slice(last, match.index) });
				const definition = shortDefinition(entry.definition);
				out.push({
					type: 'element',
					tagName: 'a',
					properties: { href: entry.href, className: ['gj-term'], title: definition, dataTerm: term, dataDefinition: definition },
					children: [{ type: 'text', value: term }],
				});
				last = match.index + term.length;
			}
			if (last === 0) return undefined;
			if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
			return out;
		};

		const walk = (parent: Root | Element) => {
			const children: (RootContent | ElementContent)[] = [];
			for (const child of parent.children) {
				if (child.type === 'text') {
					const replaced = linkIn(child);
					if (replaced) children.push(...replaced);
					else children.push(child);
					continue;
				}
				if (child.type === 'element' && !SKIP.has(child.tagName) && !(child.properties?.className as string[] | undefined)?.includes('gj-term')) walk(child);
				children.push(child);
			}
			parent.children = children as typeof parent.children;
		};
		walk(tree);
	};
};
