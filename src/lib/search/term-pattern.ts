/**
 * Where a query word occurs in a page's text, by the rule search follows: Han anywhere (a
 * substring), words of other scripts whole (PDF in 下载PDF文件, not in PDFs or xPDF), so a mixed
 * word matches 2024年 in 2024年度 but not in 12024年. The snippet highlights with it and the
 * benchmark's ground truth is built with it.
 */
const WORD_CHAR = '(?!\\p{Script=Han})[\\p{L}\\p{N}\\p{M}]';
const startsWithWordChar = new RegExp(`^${WORD_CHAR}`, 'u');
const endsWithWordChar = new RegExp(`${WORD_CHAR}$`, 'u');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function termPattern(term: string): RegExp {
	let source = escape(term);
	if (startsWithWordChar.test(term)) source = `(?<!${WORD_CHAR})${source}`;
	if (endsWithWordChar.test(term)) source = `${source}(?!${WORD_CHAR})`;
	return new RegExp(source, 'giu');
}

/** Whether a page's indexed text contains every word of the query. */
export function textMatchesAll(text: string, terms: readonly string[]): boolean {
	return terms.every((term) => termPattern(term).test(text));
}
