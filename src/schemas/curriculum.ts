/**
 * 社会工作实务学习小组: modules in content/curriculum/modules/, sessions in
 * content/curriculum/sessions/. A session belongs to one module; both are ordered by `order`.
 */
import { z } from 'astro/zod';
import { choices, integer, lines, markdown, paragraphs, ref, refs, rows, slug, text } from './fields';
import { credits, provenance } from './shared';
import { audiences, learningFormats } from './taxonomies';

export const moduleSchema = z.strictObject({
	slug: slug({ label: '标识', hint: '模块的英文标识，也是网址，例如 values' }),
	title: text({ label: '模块名称', hint: '例如 价值观' }),
	order: integer({ label: '顺序', hint: '学习路径中的先后，从 1 开始' }, { min: 1 }),
	summary: text({ label: '一句话概要', hint: '这个模块学什么' }),
	audiences: choices(audiences, { label: '适用对象', hint: '至少选一项' }, { min: 1 }),
	credits,
	...provenance,
});

export const moduleBody = markdown({ label: '模块介绍', hint: '模块的目的和学习方式（Markdown）' });

export const sessionSchema = z.strictObject({
	slug: slug({ label: '标识', hint: '单元的英文标识，也是网址，例如 values-strengths' }),
	title: text({ label: '单元名称', hint: '例如 优势视角：看见老人的能力' }),
	module: ref('modules', { label: '所属模块', hint: '从模块中选择' }),
	order: integer({ label: '模块内顺序', hint: '从 1 开始' }, { min: 1 }),
	summary: text({ label: '一句话概要', hint: '这一单元学什么' }),
	duration_minutes: integer({ label: '时长（分钟）', hint: '整个单元的时长，例如 120' }, { min: 15, max: 480 }),
	formats: choices(learningFormats, { label: '学习形式', hint: '至少选一项' }, { min: 1 }),
	objectives: lines({ label: '学习目标', hint: '学完能做到什么，每行一条' }, { min: 1 }),
	preparation: lines({ label: '课前准备', hint: '带领者和学员要准备的材料，每行一条；可不填' }).default([]),
	activities: rows(
		{
			name: text({ label: '环节', hint: '例如 破冰：我的第一次入户' }),
			minutes: integer({ label: '分钟', hint: '这个环节的时长' }, { min: 5, max: 240 }),
			description: paragraphs({ label: '做法', hint: '怎样进行' }),
		},
		{ label: '活动安排', hint: '按先后每个环节一行' },
		{ min: 1 },
	),
	reflection_questions: lines({ label: '反思问题', hint: '学员讨论或写下的问题，每行一个' }, { min: 1 }),
	teaching_cases: refs('cases', { label: '教学案例', hint: '用作讨论材料的案例' }).default([]),
	guide_sections: refs('guide', { label: '相关指引章节', hint: '用章节标识，指向现行版指引' }).default([]),
	tools: refs('tools', { label: '相关工具', hint: '用到的模板或表格；可不选' }).default([]),
	credits,
	...provenance,
});

export const sessionBody = markdown({ label: '带领者笔记', hint: '给带领者的补充说明（Markdown）；可不填' }).optional();

export type Module = z.output<typeof moduleSchema>;
export type Session = z.output<typeof sessionSchema>;
