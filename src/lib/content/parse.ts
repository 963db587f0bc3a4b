/**
 * Parses a content file into its data and Markdown body with YAML 1.2 (the `yaml` package), the
 * same YAML the CMS reads and writes. Plain Node code, so the build's content check can use it.
 */
import { parse } from 'yaml';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export function parseContentFile(text: string, format: 'md' | 'yaml'): Record<string, unknown> {
	if (format === 'yaml') return (parse(text) ?? {}) as Record<string, unknown>;
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Error('文件开头缺少用 --- 包围的文件头（frontmatter）');
	const data = (parse(match[1]) ?? {}) as Record<string, unknown>;
	const body = text.slice(match[0].length);
	return body.trim() ? { ...data, body } : data;
}
