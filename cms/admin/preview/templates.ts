/**
 * One preview per collection, laid out like the site's page for it (src/pages/<collection>/…):
 * title, credits, the structured fields, the body with its asides, related entries by name.
 * Fields the editor has not filled yet are simply left out, as the site leaves out empty ones.
 */
import { createElement as h, Fragment, type ReactNode } from 'react';
import type { CollectionName } from '../../../src/schemas';
import { formatPartialDate, formatPeriod } from '../../../src/lib/format';
import { routes } from '../../../src/lib/routes';
import { briefFacts, caseFacts, caseSections, caseSourceNotes, eventFacts, guideSectionFacts, moduleFacts, organisationFacts, sessionFacts, toolFacts } from '../../../src/lib/views/facts';
import { EntryHeader, Facts, Items, LinkList, Markdown, Page, Paragraphs, SourceNote } from './parts';
import type { EntryNames } from './entry-names';

// The form's data as the editor has it so far: any field may still be missing.
type Data = Record<string, any>;

export interface PreviewContext {
	data: Data;
	names: EntryNames;
	asideTitles: Record<string, string>;
	currentEdition: string;
}

const date = (value: unknown) => (value ? formatPartialDate(String(value)) : undefined);
const rows = (value: unknown): Data[] => (Array.isArray(value) ? value : []);

function Section({ title, children }: { title: string; children?: ReactNode }) {
	return h('section', null, h('h2', null, title), children);
}

function caseView({ data, names, asideTitles }: PreviewContext) {
	const figures = rows(data.outcome_figures);
	const sourceNotes = caseSourceNotes(data);
	return h(
		Page,
		{ title: data.title },
		h(EntryHeader, { credits: data.credits, illustrative: data.illustrative, names }),
		h('p', { className: 'gj-lede' }, data.summary),
		h(Facts, { rows: caseFacts(data) }),
		...caseSections(data).slice(0, 3).map(({ id, title, text }) => h(Section, { key: id, title }, h(Paragraphs, { text }))),
		h(
			Section,
			{ title: '成效' },
			h(Paragraphs, { text: data.outcomes }),
			figures.length > 0 &&
				h('table', null, h('thead', null, h('tr', null, h('th', null, '指标'), h('th', null, '数值'))), h('tbody', null, ...figures.map((row, i) => h('tr', { key: i }, h('td', null, row.metric), h('td', null, row.value))))),
		),
		rows(data.highlights).length > 0 && h('section', null, h('h3', null, '项目亮点'), h(Items, { items: data.highlights, ordered: true })),
		rows(data.before_after).length > 0 &&
			h(
				Section,
				{ title: '原来与现在' },
				h('table', null, h('thead', null, h('tr', null, h('th', null, '方面'), h('th', null, '原来'), h('th', null, '现在'))), h('tbody', null, ...rows(data.before_after).map((row, i) => h('tr', { key: i }, h('td', null, row.dimension), h('td', null, row.before), h('td', null, row.after))))),
			),
		...rows(data.quotes).map((quote, i) => h('blockquote', { key: `q${i}` }, h('p', null, quote.text), h('footer', null, `—— ${quote.speaker_role ?? ''}`))),
		h(Section, { title: '困难与反思' }, h(Paragraphs, { text: data.difficulties_reflection })),
		data.body?.trim() && h('h2', null, '补充说明'),
		h(Markdown, { body: data.body, asideTitles }),
		sourceNotes.text && h('section', { className: 'gj-source-notes' }, h('h2', null, sourceNotes.title), h(Paragraphs, { text: sourceNotes.text })),
		h(SourceNote, { source: data.source }),
	);
}

function guideView({ data, names, asideTitles, currentEdition }: PreviewContext) {
	return h(
		Page,
		{ title: [data.section_no, data.title].filter(Boolean).join(' ') },
		h(EntryHeader, { credits: data.credits, illustrative: data.illustrative, names }),
		h(Facts, { rows: guideSectionFacts(data, { title: `${currentEdition} 版`, current: true }) }),
		h(Markdown, { body: data.body, asideTitles }),
		rows(data.checklist).length > 0 &&
			h(Section, { title: '检查清单' }, h('ul', { className: 'contains-task-list' }, ...rows(data.checklist).map((item, i) => h('li', { key: i, className: 'task-list-item' }, h('input', { type: 'checkbox', 'aria-label': String(item) }), ` ${item}`)))),
		rows(data.cautions).length > 0 && h(Section, { title: '注意事项' }, h(Items, { items: data.cautions })),
		h(LinkList, { title: '相关案例', ids: data.related_cases, collection: 'cases', names, href: routes.case }),
		h(LinkList, { title: '相关工具', ids: data.tools, collection: 'tools', names, href: routes.tool }),
		h(SourceNote, { source: data.source }),
	);
}

function briefView({ data, names, asideTitles }: PreviewContext) {
	const history = rows(data.status_history);
	const latest = history.at(-1);
	return h(
		Page,
		{ title: data.title },
		h(EntryHeader, { credits: data.credits, illustrative: data.illustrative, names }),
		h('p', null, data.summary),
		h(Facts, { rows: briefFacts(data, { title: data.raised_at_event && (names.get('events')?.get(data.raised_at_event) ?? data.raised_at_event) }) }),
		h(Section, { title: '状态记录' }, h('ol', { className: 'gj-timeline' }, ...history.map((row, i) => h('li', { key: i }, h('time', null, date(row.date)), ' ', h('span', { className: 'gj-status' }, row.status), `：${row.note ?? ''}`)))),
		h(Section, { title: '具体建议' }, h(Items, { items: data.proposals, ordered: true })),
		data.outcome && h(Section, { title: '结果' }, h(Paragraphs, { text: data.outcome })),
		h(Markdown, { body: data.body, asideTitles }),
		h(LinkList, { title: '支撑案例', ids: data.evidence_cases, collection: 'cases', names, href: routes.case }),
		h(SourceNote, { source: data.source }),
	);
}

function moduleView({ data, names, asideTitles }: PreviewContext) {
	return h(
		Page,
		{ title: data.order ? `${data.order}. ${data.title ?? ''}` : data.title },
		h(EntryHeader, { credits: data.credits, illustrative: data.illustrative, names }),
		h(Facts, { rows: moduleFacts(data) }),
		h(Markdown, { body: data.body, asideTitles }),
		h(SourceNote, { source: data.source }),
	);
}

function sessionView({ data, names, asideTitles }: PreviewContext) {
	return h(
		Page,
		{ title: data.title },
		h(EntryHeader, { credits: data.credits, illustrative: data.illustrative, names }),
		h('p', null, data.summary),
		h(Facts, { rows: sessionFacts(data, { title: data.module && (names.get('modules')?.get(data.module) ?? data.module) }) }),
		h(Section, { title: '学习目标' }, h(Items, { items: data.objectives })),
		rows(data.preparation).length > 0 && h(Fragment, null, h('h3', null, '课前准备'), h(Items, { items: data.preparation })),
		h(
			Section,
			{ title: '活动安排' },
			h('table', null, h('thead', null, h('tr', null, h('th', null, '环节'), h('th', null, '时长'), h('th', null, '做法'))), h('tbody', null, ...rows(data.activities).map((a, i) => h('tr', { key: i }, h('td', null, a.name), h('td', null, a.minutes && `${a.minutes} 分钟`), h('td', null, h(Paragraphs, { text: a.description })))))),
		),
		h(Section, { title: '反思问题' }, h(Items, { items: data.reflection_questions, ordered: true })),
		h(Markdown, { body: data.body, asideTitles }),
		h(LinkList, { title: '教学案例', ids: data.teaching_cases, collection: 'cases', names, href: routes.case }),
		h(LinkList, { title: '入户工作指引相关章节（现行版）', ids: data.guide_sections, collection: 'guide', names, href: (id) => routes.guideSection('', id, true) }),
		h(LinkList, { title: '相关工具', ids: data.tools, collection: 'tools', names, href: routes.tool }),
		h(SourceNote, { source: data.source }),
	);
}

function toolView({ data, names, asideTitles }: PreviewContext) {
	return h(
		Page,
		{ title: data.title },
		h(EntryHeader, { credits: data.credits, illustrative: data.illustrative, names }),
		h('p', null, data.summary),
		h(Facts, { rows: toolFacts(data) }),
		h(Section, { title: '下载' }, h('ul', null, ...rows(data.files).map((file, i) => h('li', { key: i }, h('a', { href: file.path }, file.label), ' ', h('span', { className: 'gj-note' }, String(file.path ?? '').split('.').pop()?.toUpperCase()))))),
		h(Markdown, { body: data.body, asideTitles }),
		h(SourceNote, { source: data.source }),
	);
}

function eventView({ data, names, asideTitles }: PreviewContext) {
	return h(
		Page,
		{ title: data.title },
		h(EntryHeader, { credits: data.credits, illustrative: data.illustrative, names }),
		h('p', null, data.summary),
		h(Facts, { rows: eventFacts(data) }),
		h(LinkList, { title: '参与机构（名录中）', ids: data.participants, collection: 'organisations', names, href: routes.organisation }),
		h(Markdown, { body: data.body, asideTitles }),
		h(LinkList, { title: '产出的政策建议', ids: data.output_briefs, collection: 'briefs', names, href: routes.brief }),
		h(LinkList, { title: '相关案例', ids: data.output_cases, collection: 'cases', names, href: routes.case }),
		h(LinkList, { title: '相关指引章节', ids: data.output_guide_sections, collection: 'guide', names, href: (id) => routes.guideSection('', id, true) }),
		h(SourceNote, { source: data.source }),
	);
}

function organisationView({ data }: PreviewContext) {
	return h(
		Page,
		{ title: data.name },
		data.illustrative && h('p', { className: 'gj-illustrative' }, h('strong', null, '示例'), ' 本条机构信息含示例内容。'),
		h(Paragraphs, { text: data.description }),
		h(Facts, { rows: organisationFacts(data) }),
		h('p', { className: 'gj-note' }, '编辑身份只用于把修改记录归属到本机构，不在网站上显示。'),
		h(SourceNote, { source: data.source }),
	);
}

function pageView({ data, names, asideTitles }: PreviewContext) {
	return h(Page, { title: data.title }, h(EntryHeader, { credits: data.credits, illustrative: data.illustrative, names }), h(Markdown, { body: data.body, asideTitles }));
}

function glossaryView({ data, names }: PreviewContext) {
	return h(
		Page,
		{ title: '术语表' },
		h(EntryHeader, { credits: data.credits, names }),
		h(
			'dl',
			{ className: 'gj-glossary' },
			...rows(data.terms).map((term, i) =>
				h(
					Fragment,
					{ key: i },
					h('dt', null, h('strong', null, term.term), term.illustrative && h('span', { className: 'gj-badge' }, '示例'), term.gloss_en && h('span', { className: 'gj-note' }, ` ${term.gloss_en}`)),
					h('dd', null, h('p', null, term.definition), h('p', { className: 'gj-note' }, `来源：${term.source ?? ''}`, rows(term.see_also).length ? ` · 参见：${term.see_also.join('、')}` : '')),
				),
			),
		),
	);
}

function editionsView({ data }: PreviewContext) {
	return h(
		Page,
		{ title: '指引的所有版本' },
		...rows(data.editions)
			.slice()
			.reverse()
			.map((edition, i) => h('section', { key: i }, h('h2', null, edition.title), h('p', { className: 'gj-note' }, edition.published && `发布日期：${edition.published}`), h(Paragraphs, { text: edition.summary }))),
	);
}

export const previewTemplates: Record<CollectionName, (context: PreviewContext) => ReactNode> = {
	organisations: organisationView,
	guide: guideView,
	editions: editionsView,
	cases: caseView,
	briefs: briefView,
	modules: moduleView,
	sessions: sessionView,
	tools: toolView,
	events: eventView,
	glossary: glossaryView,
	docs: pageView,
};
