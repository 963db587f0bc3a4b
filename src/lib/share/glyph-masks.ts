/**
 * Glyphs as coverage bitmaps, drawn once per character, size and weight and then stamped onto
 * every card that uses them. Rasterising a whole card per page (satori + resvg) cost ~50 ms; a
 * site's titles share a few thousand characters, so missing glyphs are laid out on sheets, each
 * sheet rasterised by resvg in one call (real outlines, real anti-aliasing) and cut into cells.
 * ~1,000 distinct characters of 2,000 titles take ~0.7 s and ~7 MB.
 */
import { Resvg } from '@resvg/resvg-js';
import { fontMetrics, glyphOf, type CardFontWeight } from './cjk-font';

/** Coverage (0–255) of a glyph drawn at an integer pen position; `left`/`top` place it from the pen on the baseline. */
export interface GlyphMask {
	width: number;
	height: number;
	left: number;
	top: number;
	alpha: Uint8Array;
	/** Advance to the next glyph, in pixels. */
	advance: number;
}

const EMPTY = new Uint8Array(0);
const SHEET_WIDTH = 2048;
/** Sheets stay small (at most 2048×1024, 8 MB of RGBA) however many glyphs are missing. */
const SHEET_HEIGHT = 1024;
const masks = new Map<string, GlyphMask>();

const maskKey = (char: string, size: number, weight: CardFontWeight) => `${weight}:${size}:${char}`;

interface Cell {
	key: string;
	x: number;
	y: number;
	width: number;
	height: number;
	baseline: number;
	path: string;
	scale: number;
	advance: number;
}

/** Rasterises cells laid out on one sheet and keeps each cell's coverage. */
function drawSheet(cells: Cell[], pad: number) {
	const width = Math.max(...cells.map((cell) => cell.x + cell.width));
	const height = Math.max(...cells.map((cell) => cell.y + cell.height));
	const paths = cells
		.filter((cell) => cell.path)
		.map((cell) => `<path transform="translate(${cell.x + pad} ${cell.y + cell.baseline}) scale(${cell.scale} ${-cell.scale})" d="${cell.path}"/>`);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${paths.join('')}</svg>`;
	const pixels = new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels;
	for (const cell of cells) {
		const alpha = new Uint8Array(cell.width * cell.height);
		for (let row = 0; row < cell.height; row++) {
			const from = ((cell.y + row) * width + cell.x) * 4 + 3;
			for (let col = 0; col < cell.width; col++) alpha[row * cell.width + col] = pixels[from + col * 4];
		}
		masks.set(cell.key, { width: cell.width, height: cell.height, left: -pad, top: -cell.baseline, alpha, advance: cell.advance });
	}
}

/** Draws every glyph of `chars` not drawn before at this size and weight, a sheet at a time. */
function drawMissing(chars: Iterable<string>, size: number, weight: CardFontWeight) {
	const { ascent, descent } = fontMetrics(weight);
	const pad = Math.ceil(size / 8);
	const baseline = pad + Math.ceil(ascent * size);
	const height = baseline + Math.ceil(descent * size) + pad;
	let cells: Cell[] = [];
	let x = 0;
	let y = 0;
	for (const char of new Set(chars)) {
		const key = maskKey(char, size, weight);
		if (masks.has(key)) continue;
		const glyph = glyphOf(char, weight);
		if (!glyph) {
			masks.set(key, { width: 0, height: 0, left: 0, top: 0, alpha: EMPTY, advance: 0 });
			continue;
		}
		const advance = glyph.advance * size;
		const width = Math.ceil(advance) + 2 * pad;
		if (x + width > SHEET_WIDTH) {
			x = 0;
			y += height;
		}
		if (y + height > SHEET_HEIGHT) {
			drawSheet(cells, pad);
			cells = [];
			y = 0;
		}
		cells.push({ key, x, y, width, height, baseline, path: glyph.path, scale: size / glyph.unitsPerEm, advance });
		x += width;
	}
	if (cells.length) drawSheet(cells, pad);
}

/** The masks of `chars` at a size and weight, drawing the ones not drawn yet. */
export function glyphMasks(chars: Iterable<string>, size: number, weight: CardFontWeight): (char: string) => GlyphMask {
	drawMissing(chars, size, weight);
	return (char) => {
		const key = maskKey(char, size, weight);
		if (!masks.has(key)) drawMissing([char], size, weight);
		return masks.get(key)!;
	};
}
