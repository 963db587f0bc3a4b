/**
 * Reads content/history.yaml (schema in src/schemas/history.ts): the commits that imported
 * existing material. A missing file means none; a wrong one stops with a message naming the file,
 * the field and what is allowed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { historyFileSchema, type HistoryFile } from '../../schemas/history';

export const HISTORY_SETTINGS_FILE = 'history.yaml';

export function parseHistorySettings(text: string, file = `content/${HISTORY_SETTINGS_FILE}`): HistoryFile {
	let data: unknown;
	try {
		data = parse(text) ?? {};
	} catch (error) {
		throw new Error(`${file}：不是有效的 YAML（${(error as Error).message.split('\n')[0]}）`);
	}
	const result = historyFileSchema.safeParse(data);
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => `  • ${file} → ${issue.path.join('.') || '（整个文件）'}：${issue.message}`);
	throw new Error(`修订历史说明有 ${problems.length} 个问题：\n${problems.join('\n')}`);
}

export function readHistorySettings(contentDir: string): HistoryFile {
	const path = join(contentDir, HISTORY_SETTINGS_FILE);
	if (!existsSync(path)) return { imports: [] };
	return parseHistorySettings(readFileSync(path, 'utf-8'));
}
