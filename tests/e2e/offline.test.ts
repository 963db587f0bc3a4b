/**
 * The guide offline, in Chromium with the real service worker: 「离线保存」 on /guide/, then the
 * site's server is shut down (a real lost network, not an emulated one) and the current guide, a
 * curriculum session, the glossary and a two-character search still work, each kept page saying
 * it is an offline copy. A page never visited nor in the pack says so. When the server comes back
 * with a changed section, the reader is told 「指引已更新：1 节有修改」 with a link to it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { serveSite, type StaticSite } from '../../tools/lib/serve/static-site';
import { buildSite, copyFixture, type BuiltSite } from '../helpers/site-build';

let first: BuiltSite;
let second: BuiltSite;
let root: string;
let port: number;
let server: StaticSite | undefined;
let browser: Chromium;
let page: Page;

const start = async () => {
	server = await serveSite({ root: () => root, port });
};
const stop = async () => {
	server!.server.closeAllConnections();
	await server!.close();
	server = undefined;
};
const origin = () => `http://127.0.0.1:${port}`;

beforeAll(async () => {
	const content = copyFixture('basic');
	first = await buildSite(content);
	const visit = join(content, 'guide/2025/02-visit.md');
	writeFileSync(visit, readFileSync(visit, 'utf-8').replace('先敲门，说明来意。', '先敲门，出示工作证，说明来意。'));
	second = await buildSite(content);
	root = first.outDir;
	server = await serveSite({ root: () => root });
	port = Number(new URL(server.origin).port);
	browser = await launchChromium();
	page = await browser.context.newPage();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	if (server) await stop();
});

describe('offline', () => {
	it('is installable: a web app manifest with 192 and 512 px icons', async () => {
		await page.goto(`${origin()}/guide/`, { waitUntil: 'networkidle' });
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifest = await (await page.request.get(`${origin()}${href}`)).json();
		expect(manifest).toMatchObject({ lang: 'zh-CN', start_url: '/guide/', display: 'standalone' });
		const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
		expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
		for (const icon of manifest.icons) expect((await page.request.get(`${origin()}${icon.src}`)).status()).toBe(200);
	});

	it('saves the pack from /guide/, saying first how much it takes', async () => {
		await page.goto(`${origin()}/guide/`, { waitUntil: 'networkidle' });
		await page.evaluate(() => navigator.serviceWorker.ready);
		await expect(page.locator('[data-offline-size]').textContent()).resolves.toMatch(/^需要约 \d+\.\d MB 存储空间。$/);
		await page.getByRole('button', { name: '离线保存' }).click();
		await page.locator('[data-offline-state]', { hasText: '已离线保存' }).waitFor({ timeout: 60_000 });
		const pack = JSON.parse(readFileSync(join(root, 'offline-pack.json'), 'utf-8'));
		expect(pack.bytes).toBeLessThan(5 * 1024 * 1024);
		const cached = await page.evaluate(async () => {
			const name = (await caches.keys()).find((key) => key.startsWith('gj-pack:'))!;
			return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
		});
		expect(cached).toEqual(expect.arrayContaining(['/guide/visit/', '/learn/mod-one/session-one/', '/glossary/', '/tools/tool-one/', '/search/', '/offline-pack.json']));
		expect(cached.some((path) => path.startsWith('/pagefind/'))).toBe(true);
	});

	it('reads the guide, a session, the glossary and searches with the network gone, marked as an offline copy', { timeout: 60_000 }, async () => {
		await stop();
		await page.goto(`${origin()}/guide/visit/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('2 入户探访');
		await expect(page.locator('[data-offline-copy]').textContent()).resolves.toMatch(/^离线副本：这是 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 保存在本机的页面。/);
		await page.goto(`${origin()}/learn/mod-one/session-one/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('第一次入户');
		await page.goto(`${origin()}/glossary/`);
		await expect(page.locator('dt[id="入户探访"]').textContent()).resolves.toContain('入户探访');
		await page.goto(`${origin()}/search/?q=探访`);
		await page.locator('main .gj-search-results a.gj-search-title[href="/guide/visit/"]').waitFor({ timeout: 20_000 });
		await expect(page.locator('[data-offline-copy]').count()).resolves.toBe(1);
		// A result whose page is not in the pack is listed by its title, saying it is not saved.
		const unsaved = page.locator('main .gj-search-result', { has: page.locator('a[href="/cases/case-one/"]') });
		await expect(unsaved.locator('.gj-search-title').textContent()).resolves.toBe('甲中心的高龄老人探访（离线：此页没有保存在本机，联网后可以打开）');
	});

	it('says so when a page is neither saved nor visited', async () => {
		await page.goto(`${origin()}/cases/case-two/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('没有网络');
		await expect(page.locator('[data-offline-missing]').textContent()).resolves.toContain('没有保存在本机');
	});

	it('tells the reader which sections changed when the network returns', async () => {
		root = second.outDir;
		await start();
		await page.goto(`${origin()}/learn/`, { waitUntil: 'networkidle' });
		const notice = page.locator('.gj-update-notice');
		await notice.waitFor({ state: 'visible', timeout: 30_000 });
		await expect(notice.locator('[data-update-title]').textContent()).resolves.toBe('指引已更新：1 节有修改');
		expect(await notice.locator('a').evaluateAll((links) => links.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([['/guide/visit/', '2 入户探访']]);
		// Online, the page is the current one, not the kept copy.
		await page.goto(`${origin()}/guide/visit/`, { waitUntil: 'networkidle' });
		await expect(page.locator('[data-offline-copy]').count()).resolves.toBe(0);
		await expect(page.locator('main').textContent()).resolves.toContain('先敲门，出示工作证，说明来意。');
		await page.getByRole('button', { name: '更新离线保存' }).click();
		await page.getByRole('button', { name: '离线副本已更新' }).waitFor({ timeout: 60_000 });
		await page.goto(`${origin()}/learn/`, { waitUntil: 'networkidle' });
		await page.waitForTimeout(1000);
		await expect(notice.isVisible()).resolves.toBe(false);
	});
});
