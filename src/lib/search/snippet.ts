/**
 * A result's snippet: a stretch of the page's text around the first match, with every match of
 * the query's words marked. Pagefind's own excerpt would show our token stream, so we cut it here.
 */
import { termPattern } from './term-pattern';

export interface SnippetPart {
	text: string;
	mark: boolean;
}

/** Characters shown before the first match, so it reads in context. */
const LEAD = 16;

function matchRanges(text: string, terms: readonly string[]): [number, number][] {
	const ranges = terms
		.flatMap((term) => [...text.matchAll(termPattern(term))].map((match): [number, number] => [match.index, match.index + match[0].length]))
		.sort((a, b) => a[0] - b[0]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
}

export function buildSnippet(text: string, terms: readonly string[], length = 80): SnippetPart[] {
	const ranges = matchRanges(text, terms);
	const firstMatch = ranges[0]?.[0] ?? 0;
	const start = Math.max(0, Math.min(firstMatch - LEAD, text.length - length));
	const end = Math.min(text.length, start + length);
	const parts: SnippetPart[] = [];
	let cursor = start;
	for (const [from, to] of ranges) {
		if (to <= start || from >= end) continue;
		const markFrom = Math.max(from, start);
		if (markFrom > cursor) parts.push({ text: text.slice(cursor, markFrom), mark: false });
		cursor = Math.min(to, end);
		parts.push({ text: text.slice(markFrom, cursor), mark: true });
	}
	if (cursor < end) parts.push({ text: text.slice(cursor, end), mark: false });
	if (start > 0) parts.unshift({ text: '…', mark: false });
	if (end < text.length) parts.push({ text: '…', mark: false });
	return parts;
}
