/**
 * The one tokeniser behind both sides of search: the index is built from `tokenStream(blocks)`
 * and every query is turned into tokens by the same `tokenize`, so the two can never segment
 * Chinese differently — which is what breaks Pagefind's own Chinese search, where the index is cut
 * by jieba and the query by the browser's Intl.Segmenter (Pagefind #1237, #659).
 *
 * Han text becomes overlapping bigrams (社会工作 → 社会 会工 工作), so any substring of two or more
 * characters is a run of consecutive tokens and an exact-phrase search finds it wherever it
 * occurs (Pagefind #987 asks for exactly this substring behaviour). Latin words and numbers stay
 * whole. Where a word touches Han text with no space between them, a "bridge" token joins the word
 * and the neighbouring character (2024年度 → 2024 2024年 年度), so a query such as 2024年 still finds
 * 2024年度. Every gap of whitespace and every punctuation mark is a token of its own: Pagefind
 * gives it a position but indexes no word for it, so a phrase never matches across a gap, a
 * comma or (see `tokenStream`) a paragraph break.
 */
import { normaliseText } from './normalise';

/** Stands for whitespace and block boundaries in the stream: a format character Pagefind indexes no word for. */
export const GAP = '\u2063';

const HAN = /\p{Script=Han}/u;
const PIECE = /(\p{Script=Han}+)|((?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+)|(\s+)|(.)/gsu;

export type PieceKind = 'han' | 'word' | 'gap' | 'mark';

export interface Piece {
	kind: PieceKind;
	text: string;
}

export const isHan = (text: string) => HAN.test(text);

/** Splits normalised text into Han runs, words (letters and digits of other scripts), gaps and single punctuation marks. */
export function pieces(text: string): Piece[] {
	return [...text.matchAll(PIECE)].map(([whole, han, word, gap]) => ({
		kind: han ? 'han' : word ? 'word' : gap ? 'gap' : 'mark',
		text: whole,
	}));
}

function hanTokens(run: string): string[] {
	const chars = [...run];
	if (chars.length === 1) return chars;
	return chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
}

/** The tokens of a piece sequence, bridges included. */
export function tokensOf(parts: Piece[]): string[] {
	const tokens: string[] = [];
	parts.forEach((part, i) => {
		const previous = parts[i - 1];
		if (previous?.kind === 'word' && part.kind === 'han') tokens.push(previous.text + [...part.text][0]);
		if (previous?.kind === 'han' && part.kind === 'word') tokens.push([...previous.text].at(-1) + part.text);
		if (part.kind === 'han') tokens.push(...hanTokens(part.text));
		else if (part.kind === 'gap') tokens.push(GAP);
		else tokens.push(part.text);
	});
	return tokens;
}

export function tokenize(text: string): string[] {
	return tokensOf(pieces(normaliseText(text)));
}

/**
 * What Pagefind indexes for a page: the tokens of each block of text, blocks separated by a gap,
 * all joined by single spaces (Pagefind splits on whitespace only for language `und`).
 */
export function tokenStream(blocks: readonly string[]): string {
	return blocks
		.map((block) => tokenize(block))
		.filter((tokens) => tokens.length > 0)
		.map((tokens) => tokens.join(' '))
		.join(` ${GAP} `);
}

/** A bridge token holds both Han and a word of another script; it repeats its neighbours' text. */
export function isBridge(token: string): boolean {
	return isHan(token) && /(?:(?!\p{Script=Han})[\p{L}\p{N}])/u.test(token);
}
