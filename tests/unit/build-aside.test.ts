/**
 * The build's worker thread (src/lib/build-aside/), started for real through tsx as a build starts
 * it: what it sends back is exactly what the page would compute itself (references, QR codes,
 * created files' lengths), its share cards land in the cache and match the main thread's, a job
 * that throws is left to the page, and without a worker every value is computed on the page.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { asideCardsDrawn, asideFinished, fromAside, resetAside, startAside, type AsidePlan } from '../../src/lib/build-aside/aside';
import { createdFileKey, type AsideJob } from '../../src/lib/build-aside/work';
import type { CslItem } from '../../src/lib/cite/csl-item';
import { formatGbt7714 } from '../../src/lib/cite/format-gbt7714';
import { bodyLength } from '../../src/lib/diff/file-diff';
import { qrSvg } from '../../src/lib/print/page-qr';
import { cardKey, drawMissingCards } from '../../src/lib/share/cached-card';
import { renderShareCard, type ShareCard } from '../../src/lib/share/share-card';
import { differingPixels } from '../helpers/png-pixels';
import { decodeQrSvg } from '../helpers/qr-decode';

const item = (id: string, title: string): CslItem => ({
	id,
	type: 'webpage',
	title,
	genre: '案例',
	author: [{ literal: '阳光社工服务中心' }, { literal: '北京协作者' }],
	issued: { 'date-parts': [[2025, 3, 14]] },
	URL: `https://example.org/${id}/`,
	language: 'zh-CN',
});
const items = [item('cases/a', '独居老人冬季入户探访（示例）'), item('cases/b', '社区助餐点的转介流程（示例）')];
const url = 'https://example.org/cases/a/';
const markdown = '# 标题\n\n第一段，**加粗**的文字。\n\n- 一项\n- 两项\n';
const card: ShareCard = { title: '独居老人冬季入户探访中的用电安全排查', kind: '案例', organisations: ['北京协作者'], siteName: '共建 · 为老服务知识库' };
const cards = ['社区助餐点的转介流程', '独居老人探访中的安全检查'].map((title) => ({ ...card, title }));

function plan(extra: AsideJob[] = []): AsidePlan {
	return {
		jobs: [
			...items.map((i): AsideJob => ({ kind: 'gbt7714', key: i.id, input: i })),
			{ kind: 'qr', key: url, input: url },
			{ kind: 'bodyLength', key: createdFileKey('cases/a.md', 'abc'), input: { path: 'cases/a.md', text: `---\nid: a\n---\n${markdown}` } },
			...extra,
		],
		cards,
		cardDir: mkdtempSync(join(tmpdir(), 'gongjian-aside-cards-')),
	};
}

afterEach(() => resetAside());

describe('the build worker', () => {
	it('sends back exactly what the pages would compute, and draws the share cards into the cache', async () => {
		const work = plan();
		startAside(async () => work);
		await asideFinished();
		for (const i of items) expect(fromAside('gbt7714', i.id)).toBe(formatGbt7714(i));
		expect(fromAside('gbt7714', 'cases/a')).toContain('独居老人冬季入户探访');
		const svg = fromAside('qr', url)!;
		expect(svg).toBe(await qrSvg(url));
		// The SVG is a QR code that reads back as the page's address.
		expect(decodeQrSvg(svg)).toBe(url);
		expect(fromAside('bodyLength', createdFileKey('cases/a.md', 'abc'))).toBe(bodyLength('cases/a.md', `---\nid: a\n---\n${markdown}`));
		expect(fromAside('bodyLength', createdFileKey('cases/a.md', 'abc'))).toBe('标题第一段，加粗的文字。一项两项'.length);

		await asideCardsDrawn();
		expect(readdirSync(work.cardDir).sort()).toEqual(cards.map((c) => `${cardKey(c)}.png`).sort());
		// Same card as the main thread draws, within a shade (glyphs rasterised in other batches).
		const fromWorker = PNG.sync.read(readFileSync(join(work.cardDir, `${cardKey(cards[0])}.png`)));
		expect(differingPixels(fromWorker, PNG.sync.read(renderShareCard(cards[0])))).toBeLessThan(20);
		// Only what is missing is drawn after it.
		expect(drawMissingCards([...cards, card], work.cardDir)).toBe(1);
	});

	it('leaves a job that throws to its page and goes on with the rest', async () => {
		// More than a QR code of level M holds: qrcode throws.
		const tooLong = `https://example.org/${'a'.repeat(3000)}/`;
		await expect(qrSvg(tooLong)).rejects.toThrow();
		startAside(async () => plan([{ kind: 'qr', key: tooLong, input: tooLong }, { kind: 'qr', key: 'https://example.org/briefs/x/', input: 'https://example.org/briefs/x/' }]));
		await asideFinished();
		expect(fromAside('qr', tooLong)).toBeUndefined();
		expect(fromAside('qr', 'https://example.org/briefs/x/')).toBe(await qrSvg('https://example.org/briefs/x/'));
	});

	it('is started once per build: a second start returns the running worker', async () => {
		const first = startAside(async () => plan());
		const second = startAside(async () => {
			throw new Error('never planned');
		});
		expect(second).toBe(first);
		await asideFinished();
		expect(fromAside('gbt7714', 'cases/b')).toBe(formatGbt7714(items[1]));
	});

	it('without a worker (dev, a failed plan, a missing worker file) nothing arrives and nothing waits', async () => {
		expect(fromAside('gbt7714', 'cases/a')).toBeUndefined();
		await asideCardsDrawn();
		startAside(async () => {
			throw new Error('no history');
		});
		await asideFinished();
		await asideCardsDrawn();
		expect(fromAside('gbt7714', 'cases/a')).toBeUndefined();
		resetAside();
		startAside(async () => plan(), join(tmpdir(), 'no-such-worker.ts'));
		await asideFinished();
		expect(fromAside('qr', url)).toBeUndefined();
	});
});
