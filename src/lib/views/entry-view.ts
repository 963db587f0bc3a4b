/**
 * The view model of an entry's page: what its main column shows, in order, with every heading
 * already titled (from the schemas' labels). The site draws it with Astro
 * (src/components/views/EntryView.astro) and the CMS preview with React
 * (cms/admin/preview/view-blocks.ts), so a preview shows what the page will show.
 *
 * Data may be incomplete (a CMS form being filled in): every value may be missing.
 */
import type { FactRow } from './facts';

export interface LinkItem {
	href?: string;
	label: string;
	note?: string;
}

export interface CaseCardView {
	id: string;
	link: LinkItem;
	summary?: string;
	meta: { label: string; value: string }[];
	illustrative?: boolean;
}

/** One term of the glossary; its source text links 资料[00N] to the paper. */
export interface TermView {
	term?: string;
	gloss?: string;
	definition?: string;
	source?: string;
	seeAlso: LinkItem[];
	illustrative: boolean;
}

/** One edition of the guide. `sections` and `changes` are known to the site only (drawn as `.gj-edition-size` and `.gj-edition-changes`). */
export interface EditionView {
	slug?: string;
	link: LinkItem;
	current: boolean;
	published?: string;
	summary?: string;
	sections?: number;
	changes?: LinkItem;
}

export interface TableCell {
	text?: string;
	/** Several paragraphs (blank lines between), rendered like a paragraphs block. */
	paragraphs?: boolean;
}

export type Block =
	/** One paragraph of plain text (a summary). */
	| { kind: 'lede'; text?: string; className?: string }
	/** Multi-line text from a form field; 资料[00N] links to its source. */
	| { kind: 'paragraphs'; text?: string }
	| { kind: 'facts'; rows: FactRow[] }
	| { kind: 'items'; items: string[]; ordered?: boolean }
	| { kind: 'timeline'; rows: { date?: string; status?: string; note?: string }[] }
	| { kind: 'table'; columns: string[]; rows: TableCell[][] }
	| { kind: 'quotes'; quotes: { text?: string; speaker?: string }[] }
	| { kind: 'checklist'; items: string[] }
	/** Cases as cards (title, summary, organisations, populations, district); the preview knows only titles. */
	| { kind: 'cards'; cards: CaseCardView[]; empty: string }
	| { kind: 'downloads'; files: { label?: string; path?: string }[] }
	/** Related entries. `siteOnly`: computed from other entries (back-links), unknown to the preview. */
	| { kind: 'links'; title: string; level: 2 | 3; items: LinkItem[]; empty?: string; siteOnly?: boolean }
	/** The entry's Markdown body; `toc`: its headings join the page's table of contents here. */
	| { kind: 'body'; toc: boolean }
	/**
	 * A line the site computes from other entries (a brief's evidence: how many cases, from how many
	 * organisations and districts), with a link to where it is shown in full; unknown to the preview.
	 * Drawn as a paragraph with the class `gj-<name>` and the attribute `data-<name>`.
	 */
	| { kind: 'summary'; name: string; text: string; link?: LinkItem }
	/** A place for a site-only component (reading progress, PDF link), filled by the page. */
	| { kind: 'slot'; name: string }
	/** The guide's checklist scope: ticks of the task lists inside it are kept on the device. */
	| { kind: 'checklistScope'; edition: string; sectionId: string; blocks: Block[] }
	| { kind: 'source'; text?: string }
	/** The glossary: an index by initial, then the terms grouped by initial (each term's id is the term, for links to it). */
	/** The guide's editions, newest first, one section each. */
	| { kind: 'editions'; publishedLabel: string; editions: EditionView[] }
	| { kind: 'terms'; sourceLabel: string; seeAlsoLabel: string; groups: { initial: string; terms: TermView[] }[] }
	/**
	 * A titled part. `id` puts a level-2 part in the table of contents; `wrap` puts it in a
	 * `<section>` (otherwise its heading stands in the flow); `siteOnly` as for links.
	 */
	| { kind: 'section'; id?: string; title: string; level: 2 | 3; wrap: boolean; blocks: Block[]; className?: string; siteOnly?: boolean };

export interface EntryView {
	title: string;
	description?: string;
	credits: { org?: string; role?: string }[];
	illustrative: boolean;
	blocks: Block[];
}

export interface Heading {
	depth: number;
	slug: string;
	text: string;
}

/** The table of contents: titled level-2 parts with an id, and the body's own headings where it stands. */
export function viewHeadings(view: EntryView, bodyHeadings: Heading[] = []): Heading[] {
	const walk = (blocks: Block[]): Heading[] =>
		blocks.flatMap((block) => {
			if (block.kind === 'section') return [...(block.id && block.level === 2 ? [{ depth: 2, slug: block.id, text: block.title }] : []), ...walk(block.blocks)];
			if (block.kind === 'checklistScope') return walk(block.blocks);
			if (block.kind === 'body') return block.toc ? bodyHeadings : [];
			return [];
		});
	return walk(view.blocks);
}

/** Leaves out what only the site knows (back-links, summaries of other entries), as the preview must. */
export function withoutSiteOnly(blocks: Block[]): Block[] {
	return blocks
		.filter((block) => !((block.kind === 'links' || block.kind === 'section') && block.siteOnly) && block.kind !== 'slot' && block.kind !== 'summary')
		.map((block) => (block.kind === 'section' || block.kind === 'checklistScope' ? { ...block, blocks: withoutSiteOnly(block.blocks) } : block));
}
