/**
 * The guide offline, in Chromium with the real service worker: 「离线保存」 on /guide/, then the
 * site's server is shut down (a real lost network, not an emulated one) and the current guide, a
 * curriculum session, the glossary and a two-character search still work, each kept page saying
 * it is an offline copy. A page never visited nor in the pack says so. When the server comes back
 * with a changed section, the reader is told 「指引已更新：1 节有修改」 with a link to it.
 * The second build also has 60 more cases: the pack, with its own search index of its own pages,
 * must not grow with them while the site-wide index does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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
	const caseTwo = readFileSync(join(content, 'cases/case-two.md'), 'utf-8');
	for (let n = 1; n <= 60; n++) {
		const body = `\n第${n}个社区的探访记录：志愿者每周探访独居老人，陪同就医，整理居家环境，记录老人的需求与变化。\n`;
		writeFileSync(join(content, `cases/more-${n}.md`), caseTwo.replace('slug: case-two', `slug: more-${n}`).replace('乙中心的社区支持', `第${n}个社区的探访`) + body);
	}
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
		expect(cached.some((path) => path.startsWith('/pagefind-offline/'))).toBe(true);
		expect(cached.some((path) => path.startsWith('/pagefind/'))).toBe(false);
	});

	it('keeps the pack the same size however many cases the site has', () => {
		const folderBytes = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
		const packOf = (site: BuiltSite) => JSON.parse(readFileSync(join(site.outDir, 'offline-pack.json'), 'utf-8'));
		expect(second.html('/cases/more-60/')).toContain('第60个社区的探访');
		expect(folderBytes(join(second.outDir, 'pagefind'))).toBeGreaterThan(folderBytes(join(first.outDir, 'pagefind')) + 30 * 1024);
		// The changed section and the home page's list of recent cases differ by a few KB.
		expect(Math.abs(packOf(second).bytes - packOf(first).bytes)).toBeLessThan(16 * 1024);
		expect(packOf(second).urls.filter((url: string) => url.startsWith('/cases/'))).toEqual([]);
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
		// Offline, the pack's own index answers: only saved pages are found (case-one, online a
		// result for 探访, is not in the pack).
		const found = await page.locator('main .gj-search-results a.gj-search-title').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(found).not.toContain('/cases/case-one/');
		for (const href of found) expect(href).toMatch(/^\/(guide|learn|glossary|tools)\//);
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
