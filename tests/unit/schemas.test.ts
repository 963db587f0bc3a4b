import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/cases';
import { briefSchema } from '../../src/schemas/briefs';
import { eventSchema } from '../../src/schemas/events';
import { guideSectionSchema } from '../../src/schemas/guide';
import { organisationSchema } from '../../src/schemas/organisations';
import { sessionSchema } from '../../src/schemas/curriculum';
import { collections } from '../../src/schemas';
import { fieldMeta, nestedShape } from '../../src/schemas/fields';
import { populations } from '../../src/schemas/taxonomies';

const validCase = {
	slug: 'case-one',
	title: '甲中心的高龄老人探访',
	summary: '志愿者结对探访高龄老人',
	case_kind: '项目案例',
	credits: [{ org: 'org-a', role: '案例提供' }],
	district: '北京市朝阳区',
	period: { start: 2021 },
	populations: ['高龄老人(80+)'],
	methods: ['入户探访'],
	background: '背景',
	needs_assessment: '评估',
	intervention: '介入',
	outcomes: '成效',
	difficulties_reflection: '反思',
	pseudonymised: true,
	consent: '不涉及可识别个人',
	source: '测试',
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

describe('case schema', () => {
	it('accepts a complete case and fills defaults', () => {
		const parsed = caseSchema.parse(validCase);
		expect(parsed.period.start).toBe('2021');
		expect(parsed.service_needs).toEqual([]);
		expect(parsed.illustrative).toBe(false);
	});

	it('names the allowed values when a population is outside the taxonomy', () => {
		const result = caseSchema.safeParse({ ...validCase, populations: ['老人'] });
		expect(messages(result)['populations.0']).toBe(`“老人”不是允许的取值。允许的取值：${populations.join('、')}`);
	});

	it('requires at least one credited organisation with a known role', () => {
		expect(messages(caseSchema.safeParse({ ...validCase, credits: [] })).credits).toBe('至少填写 1 项');
		expect(messages(caseSchema.safeParse({ ...validCase, credits: [{ org: 'org-a', role: '作者' }] }))['credits.0.role']).toContain(
			'允许的取值：主笔、共同撰写、审阅、案例提供',
		);
	});

	it('says a missing required field must be filled', () => {
		const { title: _, ...withoutTitle } = validCase;
		expect(messages(caseSchema.safeParse(withoutTitle)).title).toBe('必填，不能为空');
		expect(messages(caseSchema.safeParse({ ...validCase, title: '   ' })).title).toBe('必填，不能为空');
	});

	it('refuses a case whose service users are not confirmed pseudonymised', () => {
		expect(messages(caseSchema.safeParse({ ...validCase, pseudonymised: false })).pseudonymised).toBe(
			'必须确认服务对象已化名（勾选“服务对象已化名”）',
		);
	});

	it('checks the shape of ids and periods', () => {
		expect(messages(caseSchema.safeParse({ ...validCase, slug: 'Case One' })).slug).toContain('只能用小写英文字母、数字和连字符');
		expect(messages(caseSchema.safeParse({ ...validCase, credits: [{ org: '甲中心', role: '主笔' }] }))['credits.0.org']).toContain('标识格式不对');
		expect(messages(caseSchema.safeParse({ ...validCase, period: { start: '2013-13' } }))['period.start']).toBe(
			'格式应为 YYYY 或 YYYY-MM，例如 2013 或 2013-07',
		);
	});
});

describe('dates', () => {
	const section = {
		section_id: 'visit',
		section_no: '2',
		title: '入户探访',
		summary: '概要',
		phase: '进入与沟通',
		credits: [{ org: 'org-a', role: '主笔' }],
		grounding: '成员实务总结',
		review_status: '已发布',
		last_reviewed: '2025-05-01',
		source: '测试',
	};

	it('takes dates as the text written (content is read with YAML 1.2), checked against the calendar and today', () => {
		expect(guideSectionSchema.parse(section).last_reviewed).toBe('2025-05-01');
		// A Date object means a YAML 1.1 reader already rolled the text over (2024-02-30 → 03-01).
		expect(guideSectionSchema.safeParse({ ...section, last_reviewed: new Date('2025-05-01') }).success).toBe(false);
		expect(messages(guideSectionSchema.safeParse({ ...section, last_reviewed: '2024-02-30' })).last_reviewed).toBe('“2024-02-30”不是日历上存在的日期，请核对月份和日期');
		expect(messages(guideSectionSchema.safeParse({ ...section, last_reviewed: '2099-01-01' })).last_reviewed).toMatch(/^“2099-01-01”晚于今天（\d{4}-\d{2}-\d{2}）。这里记录已经发生的事，不能填将来的日期$/);
		expect(messages(guideSectionSchema.safeParse({ ...section, last_reviewed: '2025/5/1' })).last_reviewed).toBe(
			'日期格式应为 YYYY-MM-DD，例如 2024-10-15',
		);
	});

	it('keeps partial dates as precise as the source, and no more', () => {
		const event = {
			slug: 'e',
			title: '活动',
			summary: '概要',
			event_type: '政策面对面',
			date: '2024-10',
			credits: [{ org: 'org-a', role: '主笔' }],
			source: '测试',
		};
		expect(eventSchema.parse(event).date).toBe('2024-10');
		expect(eventSchema.parse({ ...event, date: 2021 }).date).toBe('2021');
		expect(messages(eventSchema.safeParse({ ...event, date: '2024-13' })).date).toContain('YYYY、YYYY-MM 或 YYYY-MM-DD');
	});

	it('requires a brief to have at least one status row', () => {
		const brief = {
			slug: 'b',
			title: '建议',
			summary: '概要',
			issue: '评估机制',
			credits: [{ org: 'org-a', role: '主笔' }],
			target_bodies: ['某区民政局'],
			status_history: [],
			proposals: ['一条'],
			source: '测试',
		};
		expect(messages(briefSchema.safeParse(brief)).status_history).toBe('至少填写 1 项');
	});
});

describe('field metadata', () => {
	it('gives every field of every collection a label, a one-line hint and a widget', () => {
		const missing: string[] = [];
		const visit = (shape: Record<string, unknown>, prefix: string) => {
			for (const [key, schema] of Object.entries(shape)) {
				const meta = fieldMeta(schema as never);
				if (!meta?.label || !meta.hint || !meta.widget || meta.hint.includes('\n')) missing.push(`${prefix}${key}`);
				const inner = nestedShape(schema as never);
				if (inner) visit(inner, `${prefix}${key}.`);
			}
		};
		for (const collection of collections) visit(collection.schema.shape, `${collection.name}.`);
		expect(missing).toEqual([]);
	});

	it('marks relation fields with the collection they point into', () => {
		expect(fieldMeta(sessionSchema.shape.teaching_cases)).toMatchObject({ widget: 'relation', collection: 'cases', multiple: true });
		expect(fieldMeta(sessionSchema.shape.module)).toMatchObject({ widget: 'relation', collection: 'modules' });
		expect(fieldMeta(organisationSchema.shape.org_type)?.options).toContain('基金会');
	});
});
