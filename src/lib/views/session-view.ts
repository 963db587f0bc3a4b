/** A curriculum session's page: objectives, preparation, activities, reflection questions, then its materials. */
import { sessionSchema } from '../../schemas/curriculum';
import type { Block, EntryView } from './entry-view';
import { sessionFacts } from './facts';
import { columnLabels, labelOf } from './labels';
import { fieldLink, fieldLinks, targetOf } from './relation-links';
import { collectionLabel, listOf, type ViewContext, type ViewEntry } from './view-context';

export function sessionView({ data }: ViewEntry, { links, site }: ViewContext): EntryView {
	const summaries = new Map(site?.cases.map((c) => [c.id, c.data.summary]));
	const module = fieldLink(links, sessionSchema, 'module', data.module);
	const preparation = listOf<string>(data.preparation);
	const blocks: Block[] = [
		{ kind: 'lede', text: data.summary },
		{ kind: 'facts', rows: sessionFacts(data, { title: module?.label, href: module?.href }) },
		{ kind: 'section', id: 'objectives', title: labelOf(sessionSchema, 'objectives'), level: 2, wrap: false, blocks: [{ kind: 'items', items: listOf<string>(data.objectives) }] },
		...(preparation.length ? [{ kind: 'section', title: labelOf(sessionSchema, 'preparation'), level: 3, wrap: false, blocks: [{ kind: 'items', items: preparation }] } as Block] : []),
		{
			kind: 'section',
			id: 'activities',
			title: labelOf(sessionSchema, 'activities'),
			level: 2,
			wrap: false,
			blocks: [
				{
					kind: 'table',
					// The minutes column shows '<n> 分钟', so its heading is the duration, not the field's unit.
					columns: columnLabels(sessionSchema, 'activities', ['name', 'minutes', 'description']).with(1, '时长'),
					rows: listOf(data.activities).map((a) => [{ text: a.name }, { text: `${a.minutes ?? ''} 分钟` }, { text: a.description, paragraphs: true }]),
				},
			],
		},
		{ kind: 'section', id: 'reflection', title: labelOf(sessionSchema, 'reflection_questions'), level: 2, wrap: false, blocks: [{ kind: 'items', items: listOf<string>(data.reflection_questions), ordered: true }] },
		{ kind: 'body', toc: true },
		{
			kind: 'section',
			id: 'materials',
			title: '教学案例与指引',
			level: 2,
			wrap: false,
			blocks: [
				{ kind: 'links', level: 3, title: labelOf(sessionSchema, 'teaching_cases'), items: listOf<string>(data.teaching_cases).flatMap((id) => { const link = fieldLink(links, sessionSchema, 'teaching_cases', id); return link ? [{ ...link, note: summaries.get(id) }] : []; }), empty: '本单元没有指定教学案例。' },
				{ kind: 'links', level: 3, title: `${collectionLabel(targetOf(sessionSchema, 'guide_sections'))}相关章节（现行版）`, items: fieldLinks(links, sessionSchema, 'guide_sections', data.guide_sections) },
				{ kind: 'links', level: 3, title: labelOf(sessionSchema, 'tools'), items: fieldLinks(links, sessionSchema, 'tools', data.tools) },
			],
		},
		{ kind: 'slot', name: 'progress' },
		{ kind: 'source', text: data.source },
	];
	return { title: data.title, description: data.summary, credits: listOf(data.credits), illustrative: Boolean(data.illustrative), blocks };
}
