/**
 * Share cards drawn for real (Noto Sans SC from npm, glyphs rasterised by resvg, our palette PNG
 * encoder) and read back with an independent PNG decoder (pngjs): every character has a real
 * glyph, lines break as Chinese text breaks and never overflow, the title and organisations on
 * the image are the card's own. Caching: a card is drawn once per content and read back after.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { cachedShareCard, cardKey } from '../../src/lib/share/cached-card';
import { ELLIPSIS, breakUnits, lineWidth, wrapLines } from '../../src/lib/share/card-lines';
import { glyphOf, subsetsFor } from '../../src/lib/share/cjk-font';
import { organisationLine, renderShareCard, shareCardSize, titleSize, type ShareCard } from '../../src/lib/share/share-card';

const card: ShareCard = {
	title: '独居老人冬季入户探访中的用电安全排查与家属沟通（2024 年“一户一档”试点）',
	kind: '案例',
	organisations: ['北京协作者', '阳光社工服务中心'],
	siteName: '共建 · 为老服务知识库',
};

describe('share card fonts', () => {
	it('loads only the subsets holding the text', () => {
		const keys = subsetsFor(`${card.title}${card.siteName}`);
		expect(keys.length).toBeGreaterThan(1);
		expect(keys.length).toBeLessThan(60);
	});

	it('has a real glyph (never the empty box) for every character a card shows, at both weights', () => {
		const text = `${card.title}${card.siteName}${organisationLine(['甲', '乙', '丙', '丁'])}Ａ·—…“”《》、；&<>WiAZaz09`;
		for (const weight of [400, 700] as const) {
			for (const char of text.replace(/ /g, '')) {
				const glyph = glyphOf(char, weight);
				expect(glyph, char).not.toBeNull();
				expect(glyph!.path.length, char).toBeGreaterThan(10);
			}
		}
		expect(glyphOf('\u{1F600}', 700)).toBeNull();
	});

	it('sets Han characters a full em wide and Latin letters by their own widths', () => {
		expect(glyphOf('老', 700)!.advance).toBe(1);
		expect(glyphOf('i', 700)!.advance).toBeLessThan(glyphOf('W', 700)!.advance);
		expect(glyphOf('W', 700)!.advance).toBeLessThan(1);
	});
});

describe('share card lines', () => {
	// Han characters 1 wide, everything else half.
	const advance = (char: string) => (/\p{Script=Han}|[，。、（）“”：]/u.test(char) ? 1 : 0.5);

	it('breaks between Han characters but never inside a Latin word or number', () => {
		expect(wrapLines('一二三四五', advance, 3, 5)).toEqual(['一二三', '四五']);
		expect(breakUnits('在 Beijing 2024 年')).toEqual(['在', ' ', 'Beijing', ' ', '2024', ' ', '年']);
		expect(wrapLines('一二 Beijing', advance, 4, 5)).toEqual(['一二', 'Beijing']);
	});

	it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
		const lines = wrapLines('一二三，四五（六）七。八九十', advance, 3, 9);
		expect(lines.join('')).toBe('一二三，四五（六）七。八九十');
		for (const line of lines) {
			expect(line, line).not.toMatch(/^[，。）]/);
			expect(line, line).not.toMatch(/（$/);
		}
	});

	it('cuts text past the last line and ends it with an ellipsis that fits', () => {
		const lines = wrapLines('一二三四五六七八九十', advance, 3, 2);
		expect(lines).toEqual(['一二三', `四五${ELLIPSIS}`]);
		for (const line of wrapLines(card.title, advance, 7, 3)) expect(lineWidth(line, advance)).toBeLessThanOrEqual(7);
	});

	it('breaks a word wider than the line between its letters', () => {
		expect(wrapLines('https://example.org/a', advance, 4, 9).every((line) => lineWidth(line, advance) <= 4)).toBe(true);
	});
});

const decode = (png: Buffer) => PNG.sync.read(png);

/** Pixels in a rectangle that differ from the card's ground (its top-right corner). */
function ink(image: PNG, x0: number, y0: number, x1: number, y1: number): number {
	const at = (x: number, y: number) => image.data.readUInt32BE((y * image.width + x) * 4);
	const ground = at(image.width - 1, 0);
	let count = 0;
	for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (at(x, y) !== ground) count++;
	return count;
}

/** Whether two images have the same pixels in a rectangle. */
function sameArea(a: PNG, b: PNG, x0: number, y0: number, x1: number, y1: number): boolean {
	for (let y = y0; y < y1; y++) {
		if (!a.data.subarray((y * a.width + x0) * 4, (y * a.width + x1) * 4).equals(b.data.subarray((y * b.width + x0) * 4, (y * b.width + x1) * 4))) return false;
	}
	return true;
}

// The card's regions (share-card.ts): header, title, organisations; text between x 96 and 1128.
const HEADER = [96, 0, 1200, 140] as const;
const TITLE = [96, 140, 1200, 480] as const;
const ORGS = [96, 486, 1200, 630] as const;

describe('share card image', () => {
	it('is a valid 1200×630 PNG', () => {
		const image = decode(renderShareCard(card));
		expect({ width: image.width, height: image.height }).toEqual(shareCardSize);
	});

	it('shows its own title and organisations: another title changes only the title, other organisations only their line', () => {
		const image = decode(renderShareCard(card));
		const otherTitle = decode(renderShareCard({ ...card, title: '政策建议：把入户探访纳入政府购买服务' }));
		const otherOrgs = decode(renderShareCard({ ...card, organisations: ['新塘社区服务社'] }));
		expect(ink(image, ...TITLE)).toBeGreaterThan(5000);
		expect(ink(image, ...ORGS)).toBeGreaterThan(1000);
		expect(sameArea(image, otherTitle, ...TITLE)).toBe(false);
		expect(sameArea(image, otherTitle, ...HEADER)).toBe(true);
		expect(sameArea(image, otherTitle, ...ORGS)).toBe(true);
		expect(sameArea(image, otherOrgs, ...ORGS)).toBe(false);
		expect(sameArea(image, otherOrgs, ...TITLE)).toBe(true);
	});

	it('keeps every line inside the margins, however long the title or the organisation names', () => {
		const long = decode(
			renderShareCard({
				...card,
				title: `${card.title}：${card.title}，WithAVeryLongLatinWordThatCannotBreakAnywhereAtAll ${card.title}`,
				organisations: ['北京市海淀区某某社会工作服务中心有限公司', '上海市浦东新区某某社会工作服务中心', '广州市某某社会工作服务中心'],
			}),
		);
		expect(ink(long, 1128, 140, 1200, 630)).toBe(0);
		expect(ink(long, 96, 140, 1128, 480)).toBeGreaterThan(ink(decode(renderShareCard(card)), ...TITLE));
	});

	it('sets longer titles smaller', () => {
		expect(titleSize('入户工作指引')).toBeGreaterThan(titleSize(card.title));
	});

	it('names at most three organisations and counts the rest', () => {
		expect(organisationLine(['甲', '乙'])).toBe('甲、乙');
		expect(organisationLine(['甲', '乙', '丙', '丁', '戊'])).toBe('甲、乙、丙 等 5 家机构');
		expect(organisationLine([])).toBe('');
	});

	it('draws a card once and reads it from the cache after, keyed by what it shows', () => {
		const dir = mkdtempSync(join(tmpdir(), 'gongjian-cards-'));
		const first = cachedShareCard(card, dir);
		expect(readdirSync(dir)).toEqual([`${cardKey(card)}.png`]);
		expect(cachedShareCard(card, dir).equals(first)).toBe(true);
		expect(cardKey({ ...card, organisations: ['北京协作者'] })).not.toBe(cardKey(card));
		cachedShareCard({ ...card, kind: '政策建议' }, dir);
		expect(readdirSync(dir)).toHaveLength(2);
	});
});
