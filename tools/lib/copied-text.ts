/**
 * Finds text our content shares with the source papers: any run of `minLength` or more characters
 * that appears in both. Facts may carry over from the papers; their sentences may not.
 *
 * Only Han characters, Latin letters and digits are compared (punctuation, spaces and the line
 * breaks of the papers' PDF extraction are dropped), so a sentence copied with different quotes or
 * commas is still found. Every run of digits reads as one placeholder, so a copied sentence with a
 * figure in it is one run, and figures never count towards its length. Names and titles (the
 * organisations and terms we must use as written, anything in 《》) do not count either: a run is
 * copied text when what is left of it, leaving out names, titles and figures, is `minLength` or
 * longer. Shorter runs made mostly of names are reported as allowed.
 */

export interface SharedRun {
	/** Where the run starts and ends in the content text (offsets into the original string). */
	start: number;
	end: number;
	/** The run as it reads in the content text. */
	text: string;
	/** Characters compared, and how many of them are names, titles or figures. */
	length: number;
	ownLength: number;
	/** true when the run is only names, titles and figures with too little else to be copied. */
	allowed: boolean;
}

interface Significant {
	/** The compared characters, digits collapsed to one placeholder per run. */
	chars: string[];
	/** Offsets in the original text where each compared character starts and ends. */
	offsets: number[];
	ends: number[];
	/** Whether each compared character belongs to a name, title or figure. */
	exempt: boolean[];
}

const FIGURE = '#';
const COMPARED = /[\p{Script=Han}\p{L}\p{N}]/u;
const DIGIT = /[0-9０-９]/;

/** Spans of `text` that are names or titles: every occurrence of a listed name, and anything in 《》. */
export function exemptSpans(text: string, names: readonly string[]): [number, number][] {
	const spans: [number, number][] = [];
	for (const match of text.matchAll(/《[^《》\n]{1,80}》/g)) spans.push([match.index, match.index + match[0].length]);
	for (const name of names) {
		if (name.length < 2) continue;
		for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) spans.push([at, at + name.length]);
	}
	return spans;
}

export function significant(text: string, names: readonly string[] = []): Significant {
	const inName = new Uint8Array(text.length);
	for (const [from, to] of exemptSpans(text, names)) inName.fill(1, from, to);
	const result: Significant = { chars: [], offsets: [], ends: [], exempt: [] };
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (DIGIT.test(char)) {
			// A figure such as 3,037 or 18.70% is one placeholder, whatever its separators.
			if (result.chars.at(-1) === FIGURE && /^[0-9０-９.,，．%]*$/.test(text.slice(result.offsets.at(-1)!, i))) {
				result.ends[result.ends.length - 1] = i + 1;
				continue;
			}
			result.chars.push(FIGURE);
			result.offsets.push(i);
			result.ends.push(i + 1);
			result.exempt.push(true);
			continue;
		}
		if (!COMPARED.test(char)) continue;
		result.chars.push(char.normalize('NFKC').toLowerCase());
		result.offsets.push(i);
		result.ends.push(i + 1);
		result.exempt.push(inName[i] === 1);
	}
	return result;
}

/** Every window of `size` compared characters in the sources, for constant-time look-up. */
export function sourceWindows(sources: readonly string[], size: number): Set<string> {
	const windows = new Set<string>();
	for (const source of sources) {
		const { chars } = significant(source);
		for (let i = 0; i + size <= chars.length; i++) windows.add(chars.slice(i, i + size).join(''));
	}
	return windows;
}

/**
 * The runs of `text` shared with the sources whose windows are in `windows` (built with the same
 * `minLength`). Overlapping shared windows merge into one run.
 */
export function findSharedRuns(text: string, windows: Set<string>, minLength: number, names: readonly string[] = []): SharedRun[] {
	const { chars, offsets, ends, exempt } = significant(text, names);
	const covered = new Uint8Array(chars.length);
	for (let i = 0; i + minLength <= chars.length; i++) {
		if (windows.has(chars.slice(i, i + minLength).join(''))) covered.fill(1, i, i + minLength);
	}
	const runs: SharedRun[] = [];
	for (let i = 0; i < chars.length; ) {
		if (!covered[i]) {
			i++;
			continue;
		}
		let j = i;
		while (j < chars.length && covered[j]) j++;
		let ownLength = 0;
		for (let k = i; k < j; k++) if (!exempt[k]) ownLength++;
		const start = offsets[i]!;
		const end = ends[j - 1]!;
		runs.push({ start, end, text: text.slice(start, end), length: j - i, ownLength, allowed: ownLength < minLength });
		i = j;
	}
	return runs;
}

/** 1-based line number of an offset, for messages an editor can follow. */
export function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
	return line;
}
