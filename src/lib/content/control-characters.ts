/**
 * Control characters have no place in content: a NUL byte or a vertical tab pasted from Word
 * passes YAML and stops Astro's renderer with a stack trace. Each is named with its line and
 * column so an editor can find a character they cannot see.
 */
import { unicodeName } from '../text/show-invisible';

// Tab, line feed and carriage return are text; every other C0/C1 control is not.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const NAMES: Record<string, string> = {
	'\u0000': '空字符 NUL',
	'\u000B': '垂直制表符',
	'\u000C': '换页符',
	'\u0008': '退格符',
	'\u001B': '转义符 ESC',
	'\u007F': '删除符 DEL',
};

export interface Located {
	line: number;
	column: number;
	message: string;
}

export function findControlCharacters(text: string): Located[] {
	const found: Located[] = [];
	for (const [index, line] of text.split('\n').entries()) {
		for (const match of line.matchAll(CONTROL)) {
			const name = NAMES[match[0]] ?? '控制字符';
			found.push({
				line: index + 1,
				column: match.index + 1,
				message: `第 ${index + 1} 行第 ${match.index + 1} 列有看不见的${name}（${unicodeName(match[0])}），通常是从 Word 或网页粘贴带来的。请删除它`,
			});
		}
	}
	return found;
}
