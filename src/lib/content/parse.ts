/**
 * Parses a content file into its data and Markdown body with YAML 1.2 (the `yaml` package), the
 * YAML the CMS reads and writes. Its core schema keeps `2024-10-15` as the text written, so dates
 * are validated as written rather than silently rolled over by a YAML 1.1 timestamp reader.
 * No file access: the content check, the Astro loaders and the CMS all parse through here.
 */
import { parseDocument } from 'yaml';
import { describeYamlError, type YamlProblem } from './yaml-errors';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

export type Parsed = { data: Record<string, unknown>; body?: string } | { problems: YamlProblem[] };

function parseYaml(yamlText: string, lineOffset: number, what: string): Parsed {
	const document = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false });
	if (document.errors.length) {
		return { problems: [describeYamlError(document.errors[0], yamlText, lineOffset)] };
	}
	let value: unknown;
	try {
		// Aliases could make one short text expand into a huge value; content has no use for them.
		value = document.toJS({ maxAliasCount: 0 }) ?? {};
	} catch {
		const line = yamlText.split('\n').findIndex((text) => /(^|[\s:,[{-])\*\S/.test(text)) + 1 || 1;
		return { problems: [{ line: line + lineOffset, message: `${what}中不能使用 & 和 * 引用（锚点和别名），请直接写出每个值` }] };
	}
	if (typeof value !== 'object' || Array.isArray(value)) {
		return { problems: [{ line: 1 + lineOffset, message: `${what}应由“字段: 值”组成，每行一个字段` }] };
	}
	return { data: value as Record<string, unknown> };
}

export function parseContent(text: string, format: 'md' | 'yaml'): Parsed {
	if (format === 'yaml') return parseYaml(text, 0, 'YAML 文件');
	const match = FRONTMATTER.exec(text);
	if (!match) {
		// Line 0: the whole file, not one line of it.
		return { problems: [{ line: 0, message: '文件开头缺少文件头（frontmatter）：第一行应为 ---，接着是“字段: 值”，再以一行 --- 结束，然后才是正文' }] };
	}
	const parsed = parseYaml(match[1], 1, '文件头（frontmatter）');
	if ('problems' in parsed) return parsed;
	const body = text.slice(match[0].length);
	return body.trim() ? { data: parsed.data, body } : { data: parsed.data };
}

/** A file that cannot be parsed, with the Chinese message of its first problem. */
export class ContentSyntaxError extends Error {}

/** Data and body in one object (`body` for Markdown), as the CMS and the formatter use it. */
export function parseContentFile(text: string, format: 'md' | 'yaml'): Record<string, unknown> {
	const parsed = parseContent(text, format);
	if ('problems' in parsed) {
		const [first] = parsed.problems;
		throw new ContentSyntaxError(`第 ${first.line} 行：${first.message}`);
	}
	return parsed.body === undefined ? parsed.data : { ...parsed.data, body: parsed.body };
}
