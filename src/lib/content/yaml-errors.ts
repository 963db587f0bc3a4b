/**
 * YAML syntax errors in Chinese, at the line where an editor can fix them, with that line's text.
 * The `yaml` package reports an unclosed quote where it gave up looking for the closing one —
 * often the end of the file — so the line is moved back to where the quote was opened.
 */
import type { YAMLError } from 'yaml';

const MESSAGES: Record<string, string> = {
	MISSING_CHAR: '缺少配对的符号',
	BAD_INDENT: '缩进不对：同一层的字段要对齐，下一层要多缩进',
	BLOCK_AS_IMPLICIT_KEY: '冒号后面又出现了“字段: 值”：一行只能写一个字段；值里有冒号时请给整个值加引号',
	MULTILINE_IMPLICIT_KEY: '字段名不能跨行：检查上一行是否缺少冒号，或缩进是否多了',
	DUPLICATE_KEY: '同一个字段写了两次，请删去一个',
	TAB_AS_INDENT: '不能用 Tab 键缩进，请改用空格',
	BAD_SCALAR_START: '值不能以 @、` 等保留符号开头，请给整个值加引号',
	UNEXPECTED_TOKEN: '这里多了无法识别的内容：值里有冒号、# 或引号时请给整个值加引号，列表项以“- ”开头',
	BAD_ALIAS: '不能使用 * 引用（别名），请直接写出内容',
	BAD_DIRECTIVE: '文件中不能有以 % 开头的指令',
	MULTIPLE_DOCS: '一个文件里只能有一份内容，请删去多余的 ---',
	TAG_RESOLVE_FAILED: '不能使用 ! 标签，请直接写出内容',
};

export interface YamlProblem {
	/** 1-based line in the whole file. */
	line: number;
	message: string;
}

function openingQuoteLine(lines: string[], untilLine: number, quote: string): number {
	for (let i = Math.min(untilLine, lines.length) - 1; i >= 0; i--) {
		const count = lines[i].split(quote).length - 1;
		if (count % 2 === 1) return i + 1;
	}
	return untilLine;
}

/**
 * `yamlText` is the YAML alone; `lineOffset` the lines before it in the file (the opening `---`
 * of a frontmatter), so the line numbers are the file's.
 */
export function describeYamlError(error: YAMLError, yamlText: string, lineOffset = 0): YamlProblem {
	const lines = yamlText.split('\n');
	let line = yamlText.slice(0, error.pos[0]).split('\n').length;
	let message = MESSAGES[error.code] ?? 'YAML 格式错误';
	if (error.code === 'MISSING_CHAR') {
		const quote = /Missing closing (["'])/.exec(error.message)?.[1];
		if (quote) {
			line = openingQuoteLine(lines, line, quote);
			message = `引号 ${quote} 没有闭合：这一行开头的引号缺少对应的结束引号`;
		} else if (/[\]}]/.test(error.message)) {
			message = '方括号 [ ] 或花括号 { } 没有闭合';
		}
	}
	if (error.code === 'BAD_INDENT' && /Flow (sequence|mapping)/.test(error.message)) {
		line = openingBracketLine(lines, line);
		message = '方括号 [ ] 或花括号 { } 没有闭合';
	}
	const offending = (lines[line - 1] ?? '').trim();
	return { line: line + lineOffset, message: offending ? `${message}。该行内容：${offending}` : message };
}

function openingBracketLine(lines: string[], untilLine: number): number {
	for (let i = Math.min(untilLine, lines.length) - 1; i >= 0; i--) {
		const opened = (lines[i].match(/[[{]/g) ?? []).length - (lines[i].match(/[\]}]/g) ?? []).length;
		if (opened > 0) return i + 1;
	}
	return untilLine;
}
