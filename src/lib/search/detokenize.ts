/**
 * Turns an indexed token stream back into the page's (normalised) text, so result snippets are
 * cut from the fragment Pagefind already downloads instead of a second copy of every page.
 */
import { GAP } from './tokenize';

const ALL_HAN = /^\p{Script=Han}+$/u;
const HAS_HAN = /\p{Script=Han}/u;

export function detokenize(stream: string): string {
	let text = '';
	let previousWasHan = false;
	for (const token of stream.split(' ')) {
		if (!token) continue;
		const han = ALL_HAN.test(token);
		// Consecutive Han tokens are overlapping bigrams of one run: each adds its last character.
		if (han) text += previousWasHan ? token.slice(token.length - (token.codePointAt(token.length - 2)! > 0xffff ? 2 : 1)) : token;
		// A bridge (Han and a word in one token) repeats its neighbours: nothing to add.
		else if (HAS_HAN.test(token)) continue;
		else text += token === GAP ? ' ' : token;
		previousWasHan = han;
	}
	return text;
}
