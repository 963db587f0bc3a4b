/** 工具模板: one Markdown file per tool in content/tools/, its files under public/files/tools/. */
import { z } from 'astro/zod';
import { choice, file, flag, markdown, rows, slug, text } from './fields';
import { credits, provenance } from './shared';
import { toolStages, toolTypes } from './taxonomies';
import { toolForm } from './tool-form';

export const toolSchema = z.strictObject({
	slug: slug({ label: '标识', hint: '工具的英文标识，也是网址，例如 case-writing-template' }),
	title: text({ label: '工具名称', hint: '例如 项目案例撰写模板' }),
	summary: text({ label: '一句话概要', hint: '什么时候用、用来做什么' }),
	tool_type: choice(toolTypes, { label: '工具类型', hint: '按用途选择' }),
	stage: choice(toolStages, { label: '适用阶段', hint: '项目的哪个阶段用' }),
	files: rows(
		{
			label: text({ label: '文件说明', hint: '例如 Word 模板' }),
			path: file({ label: '文件', hint: '上传 Word、Excel 或 PDF 文件' }),
		},
		{ label: '下载文件', hint: '至少一个文件' },
		{ min: 1 },
	),
	form: toolForm.optional(),
	plain_language: flag({ label: '填空式', hint: '是否是简单填空的表格（居民骨干也能填）；默认是' }).default(true),
	credits,
	...provenance,
});

export const toolBody = markdown({ label: '使用说明', hint: '怎样填写、注意什么（Markdown）' });

export type Tool = z.output<typeof toolSchema>;
