/** A case's page: the narrative in its fields' order, what cites it, and what its source does not record. */
import { caseBody, caseSchema } from '../../schemas/cases';
import { fieldMeta } from '../../schemas/fields';
import { currentStatus } from '../model/briefs';
import { caseCitations } from '../model/relations';
import { routes } from '../routes';
import type { Block, EntryView } from './entry-view';
import { caseFacts, caseSections, caseSourceNotes } from './facts';
import { columnLabels, labelOf } from './labels';
import { collectionLabel, listOf, type ViewContext, type ViewEntry } from './view-context';

/** A part titled by its field's label, anchored by the field's name. */
const section = (field: string, blocks: Block[]): Block => ({ kind: 'section', id: field.replace(/_/g, '-'), title: labelOf(caseSchema, field), level: 2, wrap: true, blocks });

export function caseView({ id, data, hasBody }: ViewEntry, { site }: ViewContext): EntryView {
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
		...(site && id ? [citedBy(site, id)] : []),
		...(sourceNotes.text ? [{ kind: 'section', id: sourceNotes.id, title: sourceNotes.title, level: 2, wrap: true, className: 'gj-source-notes', blocks: [{ kind: 'paragraphs', text: sourceNotes.text }] } as Block] : []),
		{ kind: 'source', text: data.source },
	];
	return { title: data.title, description: data.summary, credits: listOf(data.credits), illustrative: Boolean(data.illustrative), blocks };
}

function citedBy(site: NonNullable<ViewContext['site']>, id: string): Block {
	const cited = caseCitations(site).get(id) ?? { briefs: [], sessions: [], guideSections: [], events: [] };
	const modules = new Map(site.modules.map((m) => [m.id, m.data.title]));
	return {
		kind: 'section',
		id: 'cited-by',
		title: '引用本案例的内容',
		level: 2,
		wrap: true,
		siteOnly: true,
		blocks: [
			{ kind: 'links', level: 3, title: collectionLabel('briefs'), items: cited.briefs.map((b) => ({ href: routes.brief(b.id), label: b.data.title, note: `（${currentStatus(b.data).status}）` })), empty: '暂无政策建议引用本案例。' },
			{ kind: 'links', level: 3, title: '学习小组单元', items: cited.sessions.map((s) => ({ href: routes.session(s.data.module, s.id), label: s.data.title, note: `（${modules.get(s.data.module) ?? s.data.module}）` })), empty: '暂无学习单元把本案例用作教学案例。' },
			{ kind: 'links', level: 3, title: collectionLabel('guide'), items: cited.guideSections.map((s) => ({ href: routes.guideSection(site.currentEdition.slug, s.data.section_id, true), label: `${s.data.section_no} ${s.data.title}` })) },
			{ kind: 'links', level: 3, title: collectionLabel('events'), items: cited.events.map((e) => ({ href: routes.event(e.id), label: e.data.title })) },
		],
	};
}
