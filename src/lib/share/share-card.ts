/**
 * The Open Graph image of a page (1200×630 PNG): its title, what kind of page it is, the
 * organisations credited and the site's name. Every case and brief has its own, so a card must be
 * cheap: the frame is drawn once, each glyph is rasterised once (glyph-masks.ts) and stamped into
 * a buffer of palette indexes, which is written as a palette PNG. ~5 ms a card, where laying out
 * and rasterising an SVG per card (satori + resvg) took ~50. Content is data: strings are only
 * ever glyphs, never markup.
 */
import { ELLIPSIS, lineWidth, wrapLines } from './card-lines';
import { fontMetrics, glyphOf, type CardFontWeight } from './cjk-font';
import { glyphMasks } from './glyph-masks';
import { encodeIndexedPng, scanlineLength, type Rgb } from './indexed-png';

export const shareCardSize = { width: 1200, height: 630 } as const;

export interface ShareCard {
	title: string;
	/** What kind of page, e.g. 案例, 政策建议, 指引章节. */
	kind: string;
	/** Organisation names in credit order. */
	organisations: string[];
	siteName: string;
}

/** At most three names; the rest are counted, so a brief of twelve organisations still fits. */
export function organisationLine(names: string[]): string {
	if (names.length <= 3) return names.join('、');
	return `${names.slice(0, 3).join('、')} 等 ${names.length} 家机构`;
}

/** Longer titles are set smaller, so most fit in three lines. */
export function titleSize(title: string): number {
	const length = [...title].length;
	return length <= 16 ? 72 : length <= 36 ? 60 : 48;
}

const { width: W, height: H } = shareCardSize;
/** The canvas is the PNG's scanlines: pixel (x, y) is at y × STRIDE + 1 + x. */
const STRIDE = scanlineLength(W);
const pixel = (x: number, y: number) => y * STRIDE + 1 + x;
const BORDER = 24;
const LEFT = BORDER + 72;
const RIGHT = W - 72;
const TEXT_WIDTH = RIGHT - LEFT;
const TITLE_TOP = 152;
const TITLE_LINES = 3;
const TITLE_LINE_HEIGHT = 1.3;
const RULE_TOP = 482;
const ORGS_BOTTOM = 574;
const BADGE = { top: 58, height: 52, paddingX: 22, radius: 8, baseline: 97, size: 30 } as const;
const SITE_NAME = { baseline: 96, size: 28 } as const;
const ORGS_SIZE = 30;

const hex = (colour: string): Rgb => [1, 3, 5].map((at) => parseInt(colour.slice(at, at + 2), 16)) as unknown as Rgb;
const paper = hex('#fbf7f2');
const accent = hex('#a8440f');

/**
 * The palette: one ramp of anti-aliasing levels for each pair of ink and ground a card uses. A
 * pixel's index is ramp × LEVELS + coverage level, so a glyph is stamped without reading colours.
 */
const LEVELS = 32;
const RAMPS = {
	title: [hex('#2b2118'), paper],
	organisations: [hex('#5a4a3c'), paper],
	accent: [accent, paper],
	badgeText: [hex('#ffffff'), accent],
} as const;
type Ramp = keyof typeof RAMPS;
const rampIndex = Object.fromEntries(Object.keys(RAMPS).map((name, at) => [name, at])) as Record<Ramp, number>;
const RULE = Object.keys(RAMPS).length * LEVELS;
const palette: Rgb[] = [
	...Object.values(RAMPS).flatMap(([ink, ground]) =>
		Array.from({ length: LEVELS }, (_, level) => ink.map((value, channel) => Math.round(ground[channel] + ((value - ground[channel]) * level) / (LEVELS - 1))) as unknown as Rgb),
	),
	hex('#e4d6c8'),
];
const colour = (ramp: Ramp, coverage: number) => rampIndex[ramp] * LEVELS + Math.round(coverage * (LEVELS - 1));

function fill(canvas: Uint8Array, x0: number, y0: number, x1: number, y1: number, index: number) {
	for (let y = y0; y < y1; y++) canvas.fill(index, pixel(x0, y), pixel(x1, y));
}

let frame: Uint8Array | undefined;
/** Cards are drawn one at a time, each on the frame copied into this one buffer. */
let scratch: Uint8Array | undefined;

/** The ground, the accent border and the rule above the organisations: the same on every card. */
function drawFrame(): Uint8Array {
	const canvas = new Uint8Array(STRIDE * H);
	fill(canvas, 0, 0, W, H, colour('title', 0));
	fill(canvas, 0, 0, BORDER, H, colour('accent', 1));
	fill(canvas, LEFT, RULE_TOP, RIGHT, RULE_TOP + 2, RULE);
	return canvas;
}

/** A rounded rectangle, its corners anti-aliased against the paper. */
function drawBadge(canvas: Uint8Array, x0: number, y0: number, width: number, height: number, radius: number) {
	fill(canvas, x0, y0, x0 + width, y0 + height, colour('badgeText', 0));
	for (let dy = 0; dy < radius; dy++) {
		for (let dx = 0; dx < radius; dx++) {
			const distance = Math.hypot(radius - dx - 0.5, radius - dy - 0.5);
			const coverage = Math.min(1, Math.max(0, radius + 0.5 - distance));
			if (coverage === 1) continue;
			const index = colour('accent', coverage);
			for (const [x, y] of [[x0 + dx, y0 + dy], [x0 + width - 1 - dx, y0 + dy], [x0 + dx, y0 + height - 1 - dy], [x0 + width - 1 - dx, y0 + height - 1 - dy]]) {
				canvas[pixel(x, y)] = index;
			}
		}
	}
}

const advanceAt = (size: number, weight: CardFontWeight) => (char: string) => (glyphOf(char, weight)?.advance ?? 0) * size;

/** Stamps a line of text with its pen starting at `x` on the baseline `y`. */
function drawText(canvas: Uint8Array, text: string, x: number, y: number, size: number, weight: CardFontWeight, ramp: Ramp) {
	const maskOf = glyphMasks(text, size, weight);
	const base = rampIndex[ramp] * LEVELS;
	let pen = x;
	for (const char of text) {
		const mask = maskOf(char);
		const left = Math.round(pen) + mask.left;
		const top = y + mask.top;
		for (let row = 0; row < mask.height; row++) {
			const py = top + row;
			if (py < 0 || py >= H) continue;
			for (let col = 0; col < mask.width; col++) {
				const coverage = mask.alpha[row * mask.width + col];
				const px = left + col;
				if (!coverage || px < 0 || px >= W) continue;
				const level = (coverage * (LEVELS - 1) + 127) / 255 | 0;
				const at = pixel(px, py);
				const current = canvas[at];
				// Where two glyphs' edges meet, the darker coverage wins.
				if (current - base >= 0 && current - base < LEVELS && current - base >= level) continue;
				canvas[at] = base + level;
			}
		}
		pen += mask.advance;
	}
}

/**
 * Rasterises, a few large sheets at a time, every glyph the given cards will draw, at the sizes
 * they draw them: one resvg call per sheet instead of one per card that brings a new character.
 */
export function drawGlyphsOf(cards: Iterable<ShareCard>) {
	const groups = new Map<string, { size: number; weight: CardFontWeight; chars: Set<string> }>();
	const add = (text: string, size: number, weight: CardFontWeight) => {
		const key = `${size}:${weight}`;
		const group = groups.get(key) ?? groups.set(key, { size, weight, chars: new Set() }).get(key)!;
		for (const char of text) group.chars.add(char);
	};
	for (const card of cards) {
		add(card.kind, BADGE.size, 700);
		add(card.siteName, SITE_NAME.size, 700);
		add(`${card.title}${ELLIPSIS}`, titleSize(card.title), 700);
		add(`${organisationLine(card.organisations)}${ELLIPSIS}`, ORGS_SIZE, 400);
	}
	for (const { size, weight, chars } of groups.values()) glyphMasks(chars, size, weight);
}

export function renderShareCard(card: ShareCard): Buffer {
	frame ??= drawFrame();
	const canvas = (scratch ??= new Uint8Array(frame.length));
	canvas.set(frame);

	const kindWidth = Math.ceil(lineWidth(card.kind, advanceAt(BADGE.size, 700)));
	drawBadge(canvas, LEFT, BADGE.top, kindWidth + 2 * BADGE.paddingX, BADGE.height, BADGE.radius);
	drawText(canvas, card.kind, LEFT + BADGE.paddingX, BADGE.baseline, BADGE.size, 700, 'badgeText');

	const siteNameWidth = lineWidth(card.siteName, advanceAt(SITE_NAME.size, 700));
	drawText(canvas, card.siteName, Math.round(RIGHT - siteNameWidth), SITE_NAME.baseline, SITE_NAME.size, 700, 'accent');

	// Lines are spaced as CSS spaces them: the font's own height centred in each line box.
	const size = titleSize(card.title);
	const { ascent, descent } = fontMetrics(700);
	const lineHeight = TITLE_LINE_HEIGHT * size;
	const firstBaseline = TITLE_TOP + (lineHeight - (ascent + descent) * size) / 2 + ascent * size;
	wrapLines(card.title, advanceAt(size, 700), TEXT_WIDTH, TITLE_LINES).forEach((line, at) => {
		drawText(canvas, line, LEFT, Math.round(firstBaseline + at * lineHeight), size, 700, 'title');
	});

	const [organisations = ''] = wrapLines(organisationLine(card.organisations), advanceAt(ORGS_SIZE, 400), TEXT_WIDTH, 1);
	const orgsBaseline = Math.round(ORGS_BOTTOM - fontMetrics(400).descent * ORGS_SIZE);
	drawText(canvas, organisations, LEFT, orgsBaseline, ORGS_SIZE, 400, 'organisations');

	return encodeIndexedPng(W, H, palette, canvas);
}
