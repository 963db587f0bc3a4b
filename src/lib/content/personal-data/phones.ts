/**
 * Mainland phone numbers as people write them: mobiles with or without +86, with spaces or dashes
 * in any grouping (138 1234 5678, 138-1234-5678, +86 13812345678), and landlines with an area code
 * (010-12345678, (0755) 8888 6666, 021 6123 4567). Numbers of documents and statutes
 * (第13812345678号, 民发〔2015〕12号) are not phones.
 */
import { normaliseDigits } from './digits';
import type { Match } from './types';

const SEP = '[ \\-]?';
/** Not the tail of a longer grouped number (6222 0212 3456 7890 is not a landline). */
const NOT_AFTER_NUMBER = '(?<![\\d.])(?<!\\d[ \\-])';
const MOBILE = new RegExp(`${NOT_AFTER_NUMBER}(?:(?:\\+|00)?86${SEP})?1[3-9]\\d(?:${SEP}\\d){8}(?![\\d.]|[ \\-]\\d)`, 'g');
const LANDLINE = new RegExp(`${NOT_AFTER_NUMBER}(?:\\(0\\d{2,3}\\)|0\\d{2,3}(?=[ \\-])|0(?:10|2\\d)(?=\\d{8}(?!\\d))|0[3-9]\\d{2}(?=\\d{7,8}(?!\\d)))${SEP}[1-9]\\d{2,3}${SEP}\\d{4}(?:-\\d{1,4})?(?![\\d.]|[ \\-]\\d)`, 'g');

/** A document number, not a phone: 第…号, 文号/编号…, or …号文. */
function isDocumentNumber(text: string, start: number, end: number): boolean {
	const before = text.slice(Math.max(0, start - 4), start);
	const after = text.slice(end, end + 2);
	return /第\s*$|[号编]\s*[:：]?\s*$|〔|\[|［/.test(before) || /^\s*[号期届次条款]/.test(after);
}

function matches(pattern: RegExp, written: string): Match[] {
	const text = normaliseDigits(written);
	const found: Match[] = [];
	for (const m of text.matchAll(pattern)) {
		const start = m.index!;
		const end = start + m[0].length;
		if (isDocumentNumber(text, start, end)) continue;
		found.push({ start, end, text: written.slice(start, end) });
	}
	return found;
}

export const findMobileNumbers = (text: string) => matches(MOBILE, text);

export const findLandlines = (text: string) => matches(LANDLINE, text);
