/**
 * Share cards rendered for real (satori + resvg, Noto Sans SC from npm): the font subsets chosen
 * hold every character of the text, and the card is a 1200×630 PNG whose pixels depend on what it
 * says. Caching: a card is drawn once per content and read back after.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedShareCard, cardKey } from '../../src/lib/share/cached-card';
import { cardFonts, subsetsFor } from '../../src/lib/share/cjk-font';
import { organisationLine, renderShareCard, shareCardSize, type ShareCard } from '../../src/lib/share/share-card';

const card: ShareCard = {
	title: '独居老人冬季入户探访中的用电安全排查与家属沟通（2024 年“一户一档”试点）',
	kind: '案例',
	organisations: ['北京协作者', '阳光社工服务中心'],
	siteName: '共建 · 为老服务知识库',
};

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('share card fonts', () => {
	it('loads only the subsets holding the text, and every character is in one of them', () => {
		const text = `${card.title}${card.siteName}Ａ·—…“”`;
		const keys = subsetsFor(text);
		expect(keys.length).toBeGreaterThan(1);
		expect(keys.length).toBeLessThan(60);
		for (const char of text) expect(subsetsFor(char).length, char).toBeGreaterThan(0);
		const { fonts, family } = cardFonts(text, [400, 700]);
		expect(fonts).toHaveLength(keys.length * 2);
		expect(family.split(', ')).toHaveLength(keys.length);
	});
});

describe('share card image', () => {
	it('is a 1200×630 PNG that changes with its title', async () => {
		const png = await renderShareCard(card);
		expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
		expect(pngSize(png)).toEqual(shareCardSize);
		const other = await renderShareCard({ ...card, title: '政策建议：把入户探访纳入政府购买服务' });
		expect(pngSize(other)).toEqual(shareCardSize);
		expect(other.equals(png)).toBe(false);
	});

	it('names at most three organisations and counts the rest', () => {
		expect(organisationLine(['甲', '乙'])).toBe('甲、乙');
		expect(organisationLine(['甲', '乙', '丙', '丁', '戊'])).toBe('甲、乙、丙 等 5 家机构');
		expect(organisationLine([])).toBe('');
	});

	it('draws a card once and reads it from the cache after, keyed by what it shows', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'gongjian-cards-'));
		const first = await cachedShareCard(card, dir);
		expect(readdirSync(dir)).toEqual([`${cardKey(card)}.png`]);
		expect((await cachedShareCard(card, dir)).equals(first)).toBe(true);
		expect(cardKey({ ...card, organisations: ['北京协作者'] })).not.toBe(cardKey(card));
		await cachedShareCard({ ...card, kind: '政策建议' }, dir);
		expect(readdirSync(dir)).toHaveLength(2);
	});
});
