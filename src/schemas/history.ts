/**
 * content/history.yaml: what the git history cannot say by itself. Some commits imported material
 * that existed before the site (the starter corpus, a handbook typed in): their author is whoever
 * pressed commit, not an editor of any organisation. Such commits are shown once per page as
 * 初始内容（整理自：…）, instead of 未登记的编辑 under every heading.
 */
import { z } from 'astro/zod';
import { lines, rows, text } from './fields';

export const historyImportSchema = z.object({
	/** The commit's hash, or its first 7 or more characters (e.g. c545ef9). Required. */
	commit: text(
		{ label: '提交', hint: '导入已有材料的那次提交的哈希，至少写前 7 位，例如 c545ef9' },
		{ pattern: /^[0-9a-f]{7,40}$/, message: '应为提交哈希的前 7～40 位（小写 0-9、a-f），例如 c545ef9' },
	),
	/** Where the imported material came from, one source per line; shown after 整理自. At least one. */
	sources: lines({ label: '整理自', hint: '这次导入的材料出处，每行一项，页面上显示为“初始内容（整理自：…）”' }, { min: 1 }),
});

export const historyFileSchema = z.object({
	/** Commits that imported existing material rather than an editor's own writing. Default: none. */
	imports: rows(historyImportSchema.shape, {
		label: '导入已有材料的提交',
		hint: '每行一次提交：哪次提交导入了已有材料、整理自哪里；默认没有',
	}).default([]),
});

export type HistoryImport = z.output<typeof historyImportSchema>;
export type HistoryFile = z.output<typeof historyFileSchema>;
