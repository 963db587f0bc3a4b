/** A case's page: the narrative in its fields' order, what cites it, and what its source does not record. */
import type { z } from 'astro/zod';
import { collectionOfSchema } from '../../schemas';
import { briefSchema } from '../../schemas/briefs';
import { caseBody, caseSchema } from '../../schemas/cases';
import { sessionSchema } from '../../schemas/curriculum';
import { eventSchema } from '../../schemas/events';
import { fieldMeta } from '../../schemas/fields';
import { guideSectionSchema } from '../../schemas/guide';
import { currentStatus } from '../model/briefs';
import { citingEntries } from '../model/relations';
import type { Block, EntryView } from './entry-view';
import { caseFacts, caseSections, caseSourceNotes } from './facts';
import { columnLabels, labelOf } from './labels';
import { fieldLink, type RelationLinks } from './relation-links';
import { listOf, type ViewContext, type ViewData, type ViewEntry } from './view-context';

/** A part titled by its field's label, anchored by the field's name. */
const section = (field: string, blocks: Block[]): Block => ({ kind: 'section', id: field.replace(/_/g, '-'), title: labelOf(caseSchema, field), level: 2, wrap: true, blocks });

export function caseView({ id, data, hasBody }: ViewEntry, { links, site }: ViewContext): EntryView {
	const figures = listOf(data.outcome_figures);
	const highlights = listOf<string>(data.highlights);
	const beforeAfter = listOf(data.before_after);
	const quotes = listOf(data.quotes);
	const sourceNotes = caseSourceNotes(data);
	const blocks: Block[] = [
		{ kind: 'lede', text: data.summary, className: 'gj-lede' },
		{ kind: 'facts', rows: caseFacts(data) },
		...caseSections(data).map(({ id: sectionId, title, text }): Block => ({
			kind: 'section',
			id: sectionId,
			title,
			level: 2,
			wrap: true,
			blocks: [
				{ kind: 'paragraphs', text },
				...(sectionId === 'outcomes' && figures.length
					? [{ kind: 'table', columns: columnLabels(caseSchema, 'outcome_figures', ['metric', 'value']), rows: figures.map((row) => [{ text: row.metric }, { text: row.value }]) } as Block]
					: []),
			],
		})),
		...(highlights.length ? [{ kind: 'section', title: labelOf(caseSchema, 'highlights'), level: 3, wrap: true, blocks: [{ kind: 'items', items: highlights, ordered: true }] } as Block] : []),
		...(beforeAfter.length
			? [section('before_after', [{ kind: 'table', columns: columnLabels(caseSchema, 'before_after', ['dimension', 'before', 'after']), rows: beforeAfter.map((row) => [{ text: row.dimension }, { text: row.before }, { text: row.after }]) }])]
			: []),
		...(quotes.length ? [{ kind: 'quotes', quotes: quotes.map((quote) => ({ text: quote.text, speaker: quote.speaker_role })) } as Block] : []),
		section('difficulties_reflection', [{ kind: 'paragraphs', text: data.difficulties_reflection }]),
		...(hasBody ? [{ kind: 'section', id: 'notes', title: fieldMeta(caseBody)!.label, level: 2, wrap: false, blocks: [] } as Block] : []),
		{ kind: 'body', toc: false },
		...(site && id ? [citedBy(site, links, id)] : []),
		...(sourceNotes.text ? [{ kind: 'section', id: sourceNotes.id, title: sourceNotes.title, level: 2, wrap: true, className: 'gj-source-notes', blocks: [{ kind: 'paragraphs', text: sourceNotes.text }] } as Block] : []),
		{ kind: 'source', text: data.source },
	];
	return { title: data.title, description: data.summary, credits: listOf(data.credits), illustrative: Boolean(data.illustrative), blocks };
}

/** What cites a case, part by part: the relation field that points at it, how the part is titled, and a note per entry. */
const citingParts: { schema: z.ZodObject; field: string; title?: string; note?: (data: ViewData, links: RelationLinks) => string; empty?: string }[] = [
	{ schema: briefSchema, field: 'evidence_cases', note: (data) => `（${currentStatus({ status_history: data.status_history }).status}）`, empty: '暂无政策建议引用本案例。' },
	{ schema: sessionSchema, field: 'teaching_cases', title: '学习小组单元', note: (data, links) => `（${fieldLink(links, sessionSchema, 'module', data.module)?.label ?? data.module}）`, empty: '暂无学习单元把本案例用作教学案例。' },
	{ schema: guideSectionSchema, field: 'related_cases' },
	{ schema: eventSchema, field: 'output_cases' },
];

function citedBy(site: NonNullable<ViewContext['site']>, links: RelationLinks, id: string): Block {
	return {
		kind: 'section',
		id: 'cited-by',
		title: '引用本案例的内容',
		level: 2,
		wrap: true,
		siteOnly: true,
		blocks: citingParts.map(({ schema, field, title, note, empty }): Block => {
			const collection = collectionOfSchema(schema);
			const citing = citingEntries(site, collection, field).get(id) ?? [];
			const items = citing.map(({ entry, place }) => ({ href: collection.url(entry, place), label: collection.title(entry), note: note?.(entry.data, links) }));
			return { kind: 'links', level: 3, title: title ?? collection.label, items, ...(empty ? { empty } : {}) };
		}),
	};
}
