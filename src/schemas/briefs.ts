/** 政策建议: one Markdown file per brief in content/briefs/. Its current status is the latest row of its history. */
import { z } from 'astro/zod';
import { choice, partialDate, lines, markdown, paragraphs, ref, refs, rows, slug, text } from './fields';
import { credits, provenance } from './shared';
import { briefIssues, briefStatuses } from './taxonomies';

export const briefSchema = z.strictObject({
	slug: slug({ label: '标识', hint: '政策建议的英文标识，也是文件名和网址' }),
	title: text({ label: '标题', hint: '例如 关于老残共养家庭监护支持的建议' }),
	summary: text({ label: '一句话摘要', hint: '出现在列表中' }),
	issue: choice(briefIssues, { label: '议题', hint: '建议针对的政策议题' }),
	credits,
	target_bodies: lines({ label: '提交对象', hint: '建议递交的部门，每行一个，例如 北京市民政局' }, { min: 1 }),
	status_history: rows(
		{
			date: partialDate({ label: '日期', hint: '状态变化的日期；资料只给出年或年月时就只写年或年月；不能晚于今天' }, { past: true }),
			status: choice(briefStatuses, { label: '状态', hint: '这一天进入的状态' }),
			note: text({ label: '说明', hint: '发生了什么，例如 在政策面对面上提交' }),
		},
		{ label: '状态记录', hint: '按时间先后每次变化一行；最后一行就是当前状态' },
		{ min: 1 },
	),
	raised_at_event: ref('events', { label: '提出场合', hint: '在哪次网络活动上提出；可不选' }).optional(),
	evidence_cases: refs('cases', { label: '支撑案例', hint: '作为证据的案例' }).default([]),
	policy_documents: lines({ label: '相关政策文件', hint: '建议针对或影响的政策文件，每行一个，用书名号' }).default([]),
	proposals: lines({ label: '具体建议', hint: '每行一条建议' }, { min: 1 }),
	outcome: paragraphs({ label: '结果', hint: '建议带来了什么结果；还没有结果可不填' }).optional(),
	...provenance,
});

export const briefBody = markdown({ label: '正文', hint: '建议的论证和说明（Markdown）；可不填' }).optional();

export type Brief = z.output<typeof briefSchema>;
