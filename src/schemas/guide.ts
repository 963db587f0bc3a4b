/**
 * 《老年人入户工作指引》: one Markdown file per section in content/guide/<edition>/, plus the list of
 * editions in content/guide/editions.yaml. Sections keep their `section_id` across editions.
 */
import { z } from 'astro/zod';
import { choice, choices, date, flag, lines, markdown, paragraphs, refs, rows, slug, text } from './fields';
import { credits, provenance } from './shared';
import { groundings, guidePhases, populations, reviewStatuses } from './taxonomies';

export const guideSectionSchema = z.strictObject({
	section_id: slug({
		label: '章节标识',
		hint: '章节在各版本中不变的英文标识，也是网址，例如 preparation；修订时不要改',
	}),
	section_no: text(
		{ label: '章节编号', hint: '例如 3 或 6.1，决定章节顺序' },
		{ pattern: /^\d+(\.\d+)?$/, message: '编号应为数字，例如 3 或 6.1' },
	),
	title: text({ label: '章节标题', hint: '例如 入户前的准备' }),
	summary: text({ label: '一句话概要', hint: '出现在目录和检索结果中' }),
	phase: choice(guidePhases, { label: '环节', hint: '本章节属于入户工作的哪个环节' }),
	populations: choices(populations, { label: '特别适用人群', hint: '本章节特别针对的人群；通用章节不选' }).default([]),
	credits,
	checklist: lines({ label: '检查清单', hint: '入户时逐项核对的要点，每行一项；可不填' }).default([]),
	cautions: lines({ label: '注意事项', hint: '容易出错或有风险之处，每行一项；可不填' }).default([]),
	related_cases: refs('cases', { label: '相关案例', hint: '能说明本章节做法的案例；可不选' }).default([]),
	tools: refs('tools', { label: '相关工具', hint: '本章节用到的模板或表格；可不选' }).default([]),
	grounding: choice(groundings, { label: '内容依据', hint: '本章节主要依据什么写成' }),
	review_status: choice(reviewStatuses, { label: '审阅状态', hint: '草稿、审阅中、已发布或待更新' }),
	last_reviewed: date({ label: '最近审阅日期', hint: '最近一次由督导或同行审阅的日期；不能晚于今天' }, { past: true }),
	...provenance,
});

export const guideSectionBody = markdown({
	label: '正文',
	hint: '章节正文（Markdown）。用 ## 分小节；提示框写作 :::note … ::: 或 :::caution … :::',
});

export const guideEditionSchema = z.strictObject({
	slug: slug({ label: '版本标识', hint: '版本的年份，也是文件夹名，例如 2025' }),
	title: text({ label: '版本名称', hint: '例如 2025 版（第二版）' }),
	published: date({ label: '发布日期', hint: '这一版定稿发布的日期；不能晚于今天' }, { past: true }),
	summary: paragraphs({ label: '版本说明', hint: '这一版为什么修订、主要改了什么' }),
	reopened: flag({
		label: '重新开放修改',
		hint: '旧版本已定稿，文件不能再改；确需更正时由协调人勾选，改完后运行 npm run freeze:editions 并取消勾选；默认不勾选',
	}).default(false),
});

/** The file content/guide/editions.yaml holds one list field. */
export const guideEditionsFileSchema = z.strictObject({
	editions: rows(guideEditionSchema.shape, { label: '版本', hint: '每一版一行；最新一版为现行版本' }, { min: 1 }),
});

export type GuideSection = z.output<typeof guideSectionSchema>;
export type GuideEdition = z.output<typeof guideEditionSchema>;
export type GuideEditionsFile = z.output<typeof guideEditionsFileSchema>;
