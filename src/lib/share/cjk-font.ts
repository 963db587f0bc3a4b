/**
 * Noto Sans SC's glyphs for the share cards. The npm package (@fontsource/noto-sans-sc) ships the
 * font cut into ~100 unicode-range subsets per weight, as WOFF2 and WOFF; a glyph is read from the
 * first subset that holds its character, and a subset file is read only when one of its
 * characters is drawn.
 * Chinese needs no shaping beyond advance widths, and Latin and digits are drawn glyph by glyph
 * with their own advances (no kerning, as a chat preview does not need it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { woffToSfnt } from './woff-to-sfnt';

export type CardFontWeight = 400 | 700;

/** A glyph in em units (1 = the font size), its outline as SVG path data in font units, y up. */
export interface CardGlyph {
	advance: number;
	path: string;
	unitsPerEm: number;
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

const holds = (subset: Subset, code: number) => subset.ranges.some(([from, to]) => code >= from && code <= to);

/** The subsets (by file key) that hold the characters of `text`, in the package's order. */
export function subsetsFor(text: string): string[] {
	subsets ??= readSubsets();
	const codes = new Set([...text].map((char) => char.codePointAt(0)!));
	return subsets.filter((subset) => [...codes].some((code) => holds(subset, code))).map((subset) => subset.key);
}

const fonts = new Map<string, Font>();

/** A subset's font, from its WOFF file unpacked once (woff-to-sfnt.ts). */
function subsetFont(key: string, weight: CardFontWeight): Font {
	const file = `noto-sans-sc-${key}-${weight}-normal.woff`;
	let font = fonts.get(file);
	if (!font) {
		font = create(woffToSfnt(readFileSync(join(packageDir, 'files', file)))) as Font;
		fonts.set(file, font);
	}
	return font;
}

/** Ascent and descent (below the baseline, positive) in em: the same in every subset. */
export function fontMetrics(weight: CardFontWeight): { ascent: number; descent: number } {
	const font = subsetFont('latin', weight);
	return { ascent: font.ascent / font.unitsPerEm, descent: -font.descent / font.unitsPerEm };
}

const glyphs = new Map<string, CardGlyph | null>();

/** The glyph drawn for `char`, or null when no subset of the font has it. */
export function glyphOf(char: string, weight: CardFontWeight): CardGlyph | null {
	const key = `${weight}${char}`;
	let glyph = glyphs.get(key);
	if (glyph === undefined) {
		glyph = null;
		subsets ??= readSubsets();
		const code = char.codePointAt(0)!;
		// Subsets' ranges overlap and claim some characters they lack: the glyph comes from the
		// first that has it. Glyph 0 is .notdef, the empty box ("tofu") a font draws for what it lacks.
		for (const subset of subsets.filter((candidate) => holds(candidate, code))) {
			const font = subsetFont(subset.key, weight);
			const found = font.glyphForCodePoint(code);
			if (found.id === 0) continue;
			glyph = { advance: found.advanceWidth / font.unitsPerEm, path: found.path.toSVG(), unitsPerEm: font.unitsPerEm };
			break;
		}
		glyphs.set(key, glyph);
	}
	return glyph;
}
