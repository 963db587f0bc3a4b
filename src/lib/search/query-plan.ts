/**
 * What the reader typed, as the Pagefind searches that answer it. Each word of the query (split at
 * spaces and punctuation) is one search, and a page must match every word. A word is searched as
 * the exact phrase of its tokens, which Pagefind matches only at consecutive positions, so 会工
 * finds 社会工作 and 发社区 finds only pages that contain 发社区. Pagefind cannot combine two quoted
 * phrases in one search, so each word is searched on its own and the results intersected.
 *
 * Latin words are exact too (PDF finds PDF, not PDFs): unquoted, Pagefind falls back to index
 * words that are a prefix of the query, so NGO would find every page with a lone "N".
 */
import { normaliseText } from './normalise';
import { isBridge, isHan, pieces, tokensOf, type Piece } from './tokenize';

export interface QueryTerm {
	/** The word as normalised, for highlighting. */
	text: string;
	/** The string handed to Pagefind's search(). */
	search: string;
}

export interface QueryPlan {
	terms: QueryTerm[];
}

/**
 * Words of the query: maximal runs of Han and other letters or digits. Unlike in page text, a
 * space the reader types between Chinese words separates them (失独老人 照护 is two words).
 */
function words(query: string): Piece[][] {
	const result: Piece[][] = [];
	for (const chunk of query.split(/\s+/u)) {
		let word: Piece[] = [];
		for (const part of pieces(normaliseText(chunk))) {
			if (part.kind === 'han' || part.kind === 'word') {
				word.push(part);
			} else if (word.length) {
				result.push(word);
				word = [];
			}
		}
		if (word.length) result.push(word);
	}
	return result;
}

/**
 * A lone Han character at either end of a mixed word (年 in 2024年) is the edge of a longer run in
 * the page (2024年度 is indexed 2024 2024年 年度): its bridge token already says all the query knows.
 */
function trimLoneEdges(tokens: string[]): string[] {
	const lone = (token: string | undefined) => token !== undefined && isHan(token) && [...token].length === 1;
	const trimmed = [...tokens];
	if (trimmed.length > 1 && lone(trimmed[0]) && isBridge(trimmed[1])) trimmed.shift();
	if (trimmed.length > 1 && lone(trimmed.at(-1)) && isBridge(trimmed.at(-2)!)) trimmed.pop();
	return trimmed;
}

function termFor(word: Piece[]): QueryTerm {
	const text = word.map((part) => part.text).join('');
	const unquoted = trimLoneEdges(tokensOf(word)).join(' ');
	// A single Han character has no bigram to match exactly: it is searched as a prefix, which
	// finds it at the start of a bigram but can miss it at the end of a run (see the limits in the README).
	return { text, search: /^\p{Script=Han}$/u.test(unquoted) ? unquoted : `"${unquoted}"` };
}

export function planQuery(query: string): QueryPlan {
	const seen = new Set<string>();
	const terms: QueryTerm[] = [];
	for (const word of words(query)) {
		const term = termFor(word);
		const key = term.search.toLowerCase();
		if (seen.has(key)) continue;
		seen.add(key);
		terms.push(term);
	}
	return { terms };
}
