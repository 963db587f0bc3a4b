/**
 * The view models of entry pages (src/lib/views/): parts titled from the schemas, what only the
 * site knows kept apart, incomplete CMS form data drawn without failing, and no label the schemas
 * hold typed again in the code that draws pages and previews.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { collections } from '../../src/schemas';
import { caseBody, caseSchema } from '../../src/schemas/cases';
import { briefSchema } from '../../src/schemas/briefs';
import { sessionSchema } from '../../src/schemas/curriculum';
import { guideEditionSchema, guideSectionSchema } from '../../src/schemas/guide';
import { termSchema } from '../../src/schemas/glossary';
import { fieldMeta, nestedShape } from '../../src/schemas/fields';
import { briefView } from '../../src/lib/views/brief-view';
import { caseView } from '../../src/lib/views/case-view';
import { viewHeadings, withoutSiteOnly, type Block, type EntryView } from '../../src/lib/views/entry-view';
import { editionListView } from '../../src/lib/views/edition-list-view';
import { eventView } from '../../src/lib/views/event-view';
import { glossaryView } from '../../src/lib/views/glossary-view';
import { pageView } from '../../src/lib/views/page-view';
import { guideSectionView } from '../../src/lib/views/guide-section-view';
import { moduleView } from '../../src/lib/views/module-view';
import { FULL_NAMES, namedRelationLinks, siteRelationLinks } from '../../src/lib/views/relation-links';
import { sessionView } from '../../src/lib/views/session-view';
import { toolView } from '../../src/lib/views/tool-view';
import type { ViewContext } from '../../src/lib/views/view-context';
import type { SiteModel } from '../../src/lib/model/types';
import { projectRoot } from '../helpers/site-build';

const label = (schema: z.ZodObject, field: string) => fieldMeta(schema.shape[field] as z.ZodType)!.label;

/** Every block, depth first. */
const flat = (blocks: Block[]): Block[] => blocks.flatMap((b) => [b, ...(b.kind === 'section' || b.kind === 'checklistScope' ? flat(b.blocks) : [])]);
const titles = (view: EntryView) => flat(view.blocks).flatMap((b) => (b.kind === 'section' || b.kind === 'links' ? [b.title] : []));

const aCase = {
	slug: 'case-one',
	title: '甲中心的高龄老人探访',
	summary: '志愿者结对探访高龄老人',
	credits: [{ org: 'org-a', role: '主笔' }],
	district: '北京市朝阳区',
	populations: ['高龄老人(80+)'],
	methods: ['入户探访'],
	background: '背景',
	needs_assessment: '评估',
	intervention: '介入',
	outcomes: '成效',
	outcome_figures: [{ metric: '服务人数', value: '30 人' }],
	highlights: ['亮点一'],
	before_after: [{ dimension: '理念', before: '替老人做', after: '和老人一起做' }],
	quotes: [{ text: '原话', speaker_role: '居民骨干' }],
	difficulties_reflection: '反思',
	source: '资料[003]',
};

const entry = (id: string, data: Record<string, unknown>) => ({ id, data, filePath: `content/x/${id}.md` });
const site = {
	organisations: [entry('org-a', { name: '甲社会工作服务中心', short_name: '甲中心' })],
	orgNames: new Map([['org-a', '甲中心']]),
	cases: [entry('case-one', aCase)],
	briefs: [entry('brief-one', { title: '建议一', summary: 's', evidence_cases: ['case-one'], status_history: [{ date: '2024', status: '已提交', note: 'n' }], raised_at_event: 'event-one', credits: [] })],
	modules: [entry('module-one', { title: '模块一', order: 1 })],
	sessions: [entry('session-one', { title: '单元一', module: 'module-one', teaching_cases: ['case-one'], tools: ['tool-one'], guide_sections: ['intro'] })],
	tools: [entry('tool-one', { title: '工具一' })],
	events: [entry('event-one', { title: '活动一', output_briefs: [], output_cases: [], output_guide_sections: [], participants: ['org-a'] })],
	currentEdition: { slug: '2025', title: '2025 版', current: true, sections: [entry('intro', { section_id: 'intro', section_no: '1', title: '总则', tools: ['tool-one'], related_cases: ['case-one'] })] },
} as unknown as SiteModel;
const onSite: ViewContext = { site, links: siteRelationLinks(site) };
const inPreview: ViewContext = { links: namedRelationLinks(new Map([['cases', new Map([['case-one', '甲中心的高龄老人探访']])]])) };

describe('case view', () => {
	it('titles every part with its field’s label, in page order, with the table of contents to match', () => {
		const view = caseView({ id: 'case-one', data: aCase, hasBody: true }, onSite);
		const labelled = ['background', 'needs_assessment', 'intervention', 'outcomes', 'highlights', 'before_after', 'difficulties_reflection'].map((f) => label(caseSchema, f));
		expect(titles(view).filter((t) => labelled.includes(t))).toEqual(labelled);
		expect(titles(view)).toContain(fieldMeta(caseBody)!.label);
		expect(viewHeadings(view).map((h) => h.slug)).toEqual(['background', 'needs-assessment', 'intervention', 'outcomes', 'before-after', 'difficulties-reflection', 'notes', 'cited-by']);
		const table = flat(view.blocks).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table' && b.rows[0]?.[0]?.text === '理念')!;
		const columns = nestedShape(caseSchema.shape.before_after as z.ZodType)!;
		expect(table.columns).toEqual(['dimension', 'before', 'after'].map((c) => fieldMeta(columns[c]!)!.label));
	});

	it('leaves out empty optional parts and the notes heading of an empty body', () => {
		const view = caseView({ data: { ...aCase, highlights: [], before_after: [], quotes: [] }, hasBody: false }, inPreview);
		expect(titles(view)).not.toContain(label(caseSchema, 'before_after'));
		expect(titles(view)).not.toContain(label(caseSchema, 'highlights'));
		expect(titles(view)).not.toContain(fieldMeta(caseBody)!.label);
		expect(flat(view.blocks).some((b) => b.kind === 'quotes')).toBe(false);
	});

	it('has back-links on the site only, marked so the preview leaves them out', () => {
		const view = caseView({ id: 'case-one', data: aCase, hasBody: false }, onSite);
		const citedBy = view.blocks.find((b) => b.kind === 'section' && b.id === 'cited-by');
		expect(citedBy).toMatchObject({ siteOnly: true });
		expect(flat(citedBy ? [citedBy] : []).filter((b) => b.kind === 'links').flatMap((b) => (b.kind === 'links' ? b.items.map((i) => i.label) : []))).toEqual(['建议一', '单元一', '1 总则']);
		expect(withoutSiteOnly(view.blocks).some((b) => b.kind === 'section' && b.id === 'cited-by')).toBe(false);
		expect(caseView({ data: aCase, hasBody: false }, inPreview).blocks.some((b) => b.kind === 'section' && b.id === 'cited-by')).toBe(false);
	});
});

describe('other entries', () => {
	it('brief: status history, proposals and evidence titled from the schema; cards on the site, titles in the preview', () => {
		const data = site.briefs[0]!.data as Record<string, unknown>;
		const view = briefView({ id: 'brief-one', data, hasBody: false }, onSite);
		expect(titles(view)).toEqual(['status_history', 'proposals', 'evidence_cases'].map((f) => label(briefSchema, f)));
		const cards = (v: EntryView) => flat(v.blocks).find((b): b is Extract<Block, { kind: 'cards' }> => b.kind === 'cards')!.cards;
		expect(cards(view)[0]).toMatchObject({ summary: aCase.summary, link: { href: '/cases/case-one/', label: aCase.title } });
		expect(cards(view)[0]!.meta.map((m) => m.value)).toEqual(['甲中心', '高龄老人(80+)', '北京市朝阳区']);
		expect(cards(briefView({ data, hasBody: false }, inPreview))).toEqual([{ id: 'case-one', link: { href: '/cases/case-one/', label: aCase.title }, meta: [] }]);
		expect(flat(view.blocks).find((b) => b.kind === 'facts')).toMatchObject({ rows: expect.arrayContaining([{ label: label(briefSchema, 'raised_at_event'), value: '活动一', href: '/events/event-one/' }]) });
	});

	it('session: activities table titled by its columns, teaching cases with their summary on the site', () => {
		const data = { ...(site.sessions[0]!.data as object), activities: [{ name: '热身', minutes: 10, description: '第一段\n\n第二段' }] };
		const view = sessionView({ id: 'session-one', data, hasBody: false }, onSite);
		const table = flat(view.blocks).find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')!;
		const columns = nestedShape(sessionSchema.shape.activities as z.ZodType)!;
		expect(table.columns).toEqual([fieldMeta(columns.name!)!.label, '时长', fieldMeta(columns.description!)!.label]);
		expect(table.rows).toEqual([[{ text: '热身' }, { text: '10 分钟' }, { text: '第一段\n\n第二段', paragraphs: true }]]);
		const teaching = flat(view.blocks).find((b) => b.kind === 'links' && b.title === label(sessionSchema, 'teaching_cases'));
		expect(teaching).toMatchObject({ items: [{ label: aCase.title, note: aCase.summary, href: '/cases/case-one/' }] });
	});

	it('guide section: body and checklist inside the checklist scope, cautions after, headings in that order', () => {
		const data = { section_id: 'intro', section_no: '1', title: '总则', checklist: ['带证件'], cautions: ['不单独入户'], related_cases: [], tools: [] };
		const view = guideSectionView({ id: 'intro', data, hasBody: true }, { slug: '2025', title: '2025 版', current: true }, onSite);
		expect(view.title).toBe('1 总则');
		const scope = view.blocks.find((b): b is Extract<Block, { kind: 'checklistScope' }> => b.kind === 'checklistScope')!;
		expect(scope.blocks.map((b) => b.kind)).toEqual(['body', 'section']);
		expect(viewHeadings(view, [{ depth: 2, slug: 'why', text: '为什么' }]).map((h) => h.text)).toEqual(['为什么', label(guideSectionSchema, 'checklist'), label(guideSectionSchema, 'cautions')]);
	});

	it('tool and module: where a tool is used and how many sessions a module has are known to the site only', () => {
		const tool = toolView({ id: 'tool-one', data: site.tools[0]!.data as Record<string, unknown>, hasBody: false }, onSite);
		expect(tool.blocks.filter((b) => b.kind === 'links' && b.siteOnly).map((b) => (b.kind === 'links' ? b.items.map((i) => i.label) : []))).toEqual([['1 总则'], ['单元一']]);
		const module = moduleView({ id: 'module-one', data: { title: '模块一', order: 1 }, hasBody: false }, onSite);
		expect(module.title).toBe('1. 模块一');
		expect(flat(module.blocks).find((b) => b.kind === 'facts')).toMatchObject({ rows: expect.arrayContaining([{ label: '单元数', value: '1' }]) });
	});

	it('event: participants named in full, with the short name only where nothing else is known', () => {
		const data = site.events[0]!.data as Record<string, unknown>;
		const names = new Map([['organisations', new Map([['org-a', '甲中心']])], [`${FULL_NAMES}organisations`, new Map([['org-a', '甲社会工作服务中心']])]]);
		for (const context of [onSite, { links: namedRelationLinks(names) }]) {
			const view = eventView({ id: 'event-one', data, hasBody: false }, context);
			expect(view.blocks.find((b) => b.kind === 'links')).toMatchObject({ items: [{ label: '甲社会工作服务中心', href: '/orgs/org-a/' }] });
		}
		expect(namedRelationLinks(new Map()).link('cases', 'unknown-case')).toEqual({ href: '/cases/unknown-case/', label: 'unknown-case' });
	});

	it('draws a CMS form that has nothing filled in yet, for every kind, without failing', () => {
		const empty = { data: {}, hasBody: false };
		for (const view of [caseView(empty, inPreview), briefView(empty, inPreview), sessionView(empty, inPreview), moduleView(empty, inPreview), toolView(empty, inPreview), eventView(empty, inPreview), guideSectionView(empty, { slug: '2025', title: '2025 版', current: true }, inPreview)]) {
			expect(view.blocks.length).toBeGreaterThan(0);
			expect(view.credits).toEqual([]);
		}
	});
});

describe('views of the glossary, the editions and the other pages', () => {
	it('glossary: terms grouped by pinyin initial, each linking to the terms it names, labelled from the term schema', () => {
		const terms = [
			{ term: '转介', definition: '介绍给别的机构', source: '资料[003]', see_also: ['入户探访'] },
			{ term: '入户探访', gloss_en: 'home visit', definition: '到家中探访', source: '通用释义', see_also: [], illustrative: true },
		];
		const view = glossaryView({ credits: [{ org: 'org-a', role: '审阅' }], terms });
		expect(view.title).toBe(collections.find((c) => c.name === 'glossary')!.label);
		expect(view.credits).toEqual([{ org: 'org-a', role: '审阅' }]);
		expect(view.blocks[0]).toMatchObject({ kind: 'lede', text: expect.stringContaining('2 个术语') });
		const block = view.blocks.find((b): b is Extract<Block, { kind: 'terms' }> => b.kind === 'terms')!;
		expect([block.sourceLabel, block.seeAlsoLabel]).toEqual([label(termSchema, 'source'), label(termSchema, 'see_also')]);
		expect(block.groups.map((g) => [g.initial, g.terms.map((t) => t.term)])).toEqual([['R', ['入户探访']], ['Z', ['转介']]]);
		expect(block.groups[0]!.terms[0]).toMatchObject({ gloss: 'home visit', illustrative: true, seeAlso: [] });
		expect(block.groups[1]!.terms[0]!.seeAlso).toEqual([{ href: '/glossary/#%E5%85%A5%E6%88%B7%E6%8E%A2%E8%AE%BF', label: '入户探访' }]);
	});

	it('editions: newest first, the newest marked current; section counts and comparisons only on the site', () => {
		const rows = [
			{ slug: '2024', title: '2024 版', published: '2024-06-28', summary: '第一版。' },
			{ slug: '2025', title: '2025 版', published: '2025-06-30', summary: '第二版。' },
		];
		const editions = (view: EntryView) => view.blocks.find((b): b is Extract<Block, { kind: 'editions' }> => b.kind === 'editions')!;
		const preview = editionListView(rows);
		expect(editions(preview).publishedLabel).toBe(label(guideEditionSchema, 'published'));
		expect(editions(preview).editions.map((e) => [e.link, e.current, e.sections, e.changes])).toEqual([
			[{ href: '/guide/', label: '2025 版' }, true, undefined, undefined],
			[{ href: '/guide/2024/', label: '2024 版' }, false, undefined, undefined],
		]);
		const built = { editions: [{ slug: '2025', sections: [1, 2, 3] }, { slug: '2024', sections: [1, 2] }] } as unknown as SiteModel;
		expect(editions(editionListView(rows, built)).editions.map((e) => [e.sections, e.changes?.href])).toEqual([
			[3, '/guide/changes/2024-2025/'],
			[2, undefined],
		]);
	});

	it('page: its credits and illustrative flag, then its body with its headings in the table of contents', () => {
		const view = pageView({ title: '关于共建', credits: [{ org: 'org-a', role: '主笔' }], illustrative: true });
		expect(view).toMatchObject({ title: '关于共建', credits: [{ org: 'org-a', role: '主笔' }], illustrative: true, blocks: [{ kind: 'body', toc: true }] });
	});

	it('draws a CMS form that has nothing filled in yet without failing', () => {
		for (const view of [glossaryView({}), editionListView(undefined), pageView({})]) expect(view.credits).toEqual([]);
		expect(glossaryView({ terms: [{}] }).blocks.find((b) => b.kind === 'terms')).toMatchObject({ groups: [{ initial: '#', terms: [{ seeAlso: [], illustrative: false }] }] });
	});
});

describe('one place per label', () => {
	/** Every label the schemas hold: fields (nested ones too), bodies, collections. */
	function schemaLabels(): Set<string> {
		const labels = new Set<string>();
		const walk = (shape: Record<string, z.ZodType>) => {
			for (const field of Object.values(shape)) {
				const meta = fieldMeta(field);
				if (meta) labels.add(meta.label);
				const nested = nestedShape(field);
				if (nested) walk(nested);
			}
		};
		for (const collection of collections) {
			labels.add(collection.label).add(collection.labelSingular);
			walk(collection.schema.shape as Record<string, z.ZodType>);
			if ('body' in collection && collection.body) labels.add(fieldMeta(collection.body)!.label);
		}
		return labels;
	}
	const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
	/** The code that draws entry pages and their previews. */
	const drawing = [
		...files(join(projectRoot, 'src/lib/views')),
		...files(join(projectRoot, 'src/components/views')),
		...files(join(projectRoot, 'cms/admin/preview')),
		...['cases/[slug].astro', 'briefs/[slug].astro', 'events/[slug].astro', 'tools/[slug].astro', 'learn/[module]/index.astro', 'learn/[module]/[session].astro', 'guide/[...path].astro', 'glossary.astro', 'guide/editions.astro'].map((p) => join(projectRoot, 'src/pages', p)),
		...['EntryHeader.astro', 'CreditList.astro', 'Facts.astro', 'SourceNote.astro', 'CaseLibrary.astro', 'guide/GuideSection.astro', 'guide/GuidePrint.astro', 'starlight/PageTitle.astro'].map((p) => join(projectRoot, 'src/components', p)),
	];

	it('types no label of the schemas again: each is read from its field', () => {
		const labels = schemaLabels();
		expect(labels.size).toBeGreaterThan(100);
		const copies = drawing.flatMap((file) => {
			const text = readFileSync(file, 'utf-8');
			// A label as a whole string literal, or as the whole text of an element.
			const literals = [...text.matchAll(/'([^'\n]+)'|>([^<>{}\n]+)</g)].map((m) => (m[1] ?? m[2] ?? '').trim());
			return literals.filter((literal) => labels.has(literal)).map((literal) => `${file.slice(projectRoot.length + 1)}: ${literal}`);
		});
		expect(copies).toEqual([]);
	});
});
