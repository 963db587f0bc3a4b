/**
 * Noto Sans SC as satori needs it. The npm package (@fontsource/noto-sans-sc) ships the font cut
 * into ~100 unicode-range subsets per weight, as WOFF2 (which satori cannot read) and WOFF (which
 * it can). A card loads only the subsets holding its characters: a few hundred KB parsed instead
 * of 4.7 MB, which is most of what a card costs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type CardFontWeight = 400 | 700;

export interface CardFont {
	name: string;
	data: Buffer;
	weight: CardFontWeight;
	style: 'normal';
}

const packageDir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));

interface Subset {
	key: string;
	ranges: [number, number][];
}

let subsets: Subset[] | undefined;

function readSubsets(): Subset[] {
	const ranges = JSON.parse(readFileSync(join(packageDir, 'unicode.json'), 'utf-8')) as Record<string, string>;
	return Object.entries(ranges).map(([name, list]) => ({
		key: name.replace(/^\[(\d+)\]$/, '$1'),
		ranges: list.split(',').map((range) => {
			const [from, to = from] = range.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
		}),
	}));
}

/** The subsets (by file key) that hold the characters of `text`, in the package's order. */
export function subsetsFor(text: string): string[] {
	subsets ??= readSubsets();
	const codes = new Set([...text].map((char) => char.codePointAt(0)!));
	return subsets.filter((subset) => [...codes].some((code) => subset.ranges.some(([from, to]) => code >= from && code <= to))).map((subset) => subset.key);
}

const files = new Map<string, Buffer>();

function subsetFile(key: string, weight: CardFontWeight): Buffer {
	const file = `noto-sans-sc-${key}-${weight}-normal.woff`;
	let data = files.get(file);
	if (!data) {
		data = readFileSync(join(packageDir, 'files', file));
		files.set(file, data);
	}
	return data;
}

/**
 * Fonts for a card's text at the given weights, one family name per subset: satori uses only the
 * first font of a name for every glyph, so the card's font-family lists the subsets in turn
 * (`family`) and each glyph comes from the subset that has it.
 */
export function cardFonts(text: string, weights: CardFontWeight[]): { fonts: CardFont[]; family: string } {
	const keys = subsetsFor(text);
	const name = (key: string) => `Noto Sans SC ${key}`;
	return {
		fonts: weights.flatMap((weight) => keys.map((key) => ({ name: name(key), data: subsetFile(key, weight), weight, style: 'normal' as const }))),
		family: keys.map((key) => `'${name(key)}'`).join(', '),
	};
}
