/** 术语表: all terms in one file, content/glossary.yaml. */
import { z } from 'astro/zod';
import { flag, lines, paragraphs, rows, text } from './fields';
import { credits, privacyExceptions } from './shared';

export const termSchema = z.strictObject({
	term: text({ label: '术语', hint: '中文术语，例如 三社联动' }),
	gloss_en: text({ label: '英文', hint: '英文对照；可不填' }).optional(),
	definition: paragraphs({ label: '释义', hint: '在本网络中的含义，一两句话' }),
	see_also: lines({ label: '参见', hint: '相关术语，每行一个，须是本表中已有的术语' }).default([]),
	source: text({ label: '来源', hint: '例如 资料[003]；常识性释义写“通用释义”' }),
	// A definition that no source supports is marked on the page, as entries elsewhere are.
	illustrative: flag({ label: '示例释义', hint: '勾选表示释义没有资料依据（如只有通用释义或成员用语），页面标注“示例”；默认不勾选' }).default(false),
});

export const glossaryFileSchema = z.strictObject({
	credits,
	terms: rows(termSchema.shape, { label: '术语', hint: '每个术语一行' }, { min: 1 }),
	privacy_exceptions: privacyExceptions(),
});

export type Term = z.output<typeof termSchema>;
