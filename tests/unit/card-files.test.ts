/**
 * A build's share cards written as files after its pages (src/lib/share/card-files.ts): every
 * registered card lands at its image path, taken from the cache when the worker drew it and drawn
 * when it did not; without registered cards nothing is claimed written.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedCardFile, cardKey, drawMissingCards } from '../../src/lib/share/cached-card';
import { registerShareCards, resetShareCardFiles, writeShareCardFiles } from '../../src/lib/share/card-files';
import { shareCardSize, type ShareCard } from '../../src/lib/share/share-card';

const card = (title: string): ShareCard => ({ title, kind: '案例', organisations: ['北京协作者'], siteName: '共建 · 为老服务知识库' });
const cards = new Map([
	['/og/cases/a.png', card('独居老人冬季入户探访（示例）')],
	['/og/section/cases.png', card('案例集')],
]);

afterEach(() => resetShareCardFiles());

describe('share card files', () => {
	it('writes every registered card at its image path, from the cache or drawn when missing', () => {
		const cache = mkdtempSync(join(tmpdir(), 'gongjian-card-cache-'));
		const out = mkdtempSync(join(tmpdir(), 'gongjian-card-out-'));
		// The worker drew one of the two.
		expect(drawMissingCards([cards.get('/og/cases/a.png')!], cache)).toBe(1);
		registerShareCards(() => cards);
		expect(writeShareCardFiles(out, cache)).toBe(2);
		for (const [image, c] of cards) {
			const written = readFileSync(join(out, image));
			expect(written.equals(readFileSync(cachedCardFile(c, cache)))).toBe(true);
			const { width, height } = PNG.sync.read(written);
			expect({ width, height }).toEqual(shareCardSize);
		}
		expect(existsSync(join(cache, `${cardKey(cards.get('/og/section/cases.png')!)}.png`))).toBe(true);
	});

	it('the first registration wins; with none, nothing is written', () => {
		const out = mkdtempSync(join(tmpdir(), 'gongjian-card-out-'));
		expect(writeShareCardFiles(out)).toBeUndefined();
		registerShareCards(() => new Map([...cards].slice(0, 1)));
		registerShareCards(() => cards);
		expect(writeShareCardFiles(out, mkdtempSync(join(tmpdir(), 'gongjian-card-cache-')))).toBe(1);
		expect(existsSync(join(out, 'og/section/cases.png'))).toBe(false);
	});
});
