/**
 * What a reader keeps on their own device, in Chromium on the built site: text size and contrast,
 * checklist ticks per guide section and edition, and curriculum progress (flagged when a finished
 * session changes in a later build). Nothing of it leaves the browser: the test records every
 * request and checks none carries it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Chromium } from '../../src/lib/browser/chromium';
import type { StaticSite } from '../../tools/lib/serve/static-site';
import type { BuiltSite } from '../helpers/site-build';
import { twoBuildsInChromium, type TwoBuilds } from '../helpers/two-builds';

const SESSION_TWO = `---
slug: session-two
title: 第二次入户
module: mod-one
order: 2
summary: 回访与记录
duration_minutes: 60
formats:
  - 专题工作坊
objectives:
  - 能写入户记录
activities:
  - name: 讲解
    minutes: 60
    description: 讲解入户记录的写法。
reflection_questions:
  - 记录里哪些不能写？
credits:
  - org: org-b
    role: 主笔
source: 测试夹具
illustrative: true
---
第二次入户前先读上次的记录。
`;

let builds: TwoBuilds;
let browser: Chromium;
let server: StaticSite;
let second: BuiltSite;

beforeAll(async () => {
	builds = await twoBuildsInChromium('basic', {
		prepare: (content) => {
			writeFileSync(join(content, 'curriculum/sessions/session-two.md'), SESSION_TWO);
			// The messy case: a Markdown task list in the body as well as the section's checklist field.
			const visit = join(content, 'guide/2025/02-visit.md');
			writeFileSync(
				visit,
				readFileSync(visit, 'utf-8')
					.replace('checklist:\n  - 出示工作证', 'checklist:\n  - 出示工作证\n  - 说明来意\n  - 约好下次时间')
					.concat('\n## 离开之前\n\n- [ ] 关好煤气\n- [ ] 检查门锁\n'),
			);
		},
		change: (content) => {
			const session = join(content, 'curriculum/sessions/session-one.md');
			writeFileSync(session, readFileSync(session, 'utf-8').replace('两人一组模拟入户。', '三人一组模拟入户，一人观察。'));
		},
	});
	({ browser, server, second } = builds);
}, 300_000);

afterAll(async () => {
	await builds?.close();
});

const open = (path: string, page?: Page) => builds.open(path, page);

const boxes = (page: Page) => page.locator('gj-checklist li.task-list-item input[type="checkbox"]');

describe('reading settings', () => {
	it('keeps the chosen text size and contrast across pages and reloads', async () => {
		const page = await open('/guide/visit/');
		await page.locator('header select[data-preference="textSize"]').selectOption('larger');
		await page.locator('header select[data-preference="contrast"]').selectOption('high');
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20.8px');
		await open('/cases/', page);
		const state = await page.evaluate(() => ({
			fontSize: getComputedStyle(document.documentElement).fontSize,
			contrast: document.documentElement.dataset.contrast,
			selected: (document.querySelector('header select[data-preference="textSize"]') as HTMLSelectElement).value,
			lineHeight: parseFloat(getComputedStyle(document.querySelector('main p')!).lineHeight) / parseFloat(getComputedStyle(document.querySelector('main p')!).fontSize),
			theme: document.documentElement.dataset.theme,
			colours: [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('main p')!).color],
		}));
		// Headless Chromium prefers the light scheme: high contrast is then black on white.
		expect(state).toMatchObject({ fontSize: '20.8px', contrast: 'high', selected: 'larger', theme: 'light', colours: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'] });
		expect(state.lineHeight).toBeGreaterThanOrEqual(1.5);
		await page.locator('header select[data-preference="textSize"]').selectOption('standard');
		await page.locator('header select[data-preference="contrast"]').selectOption('standard');
		await page.reload();
		expect(await page.evaluate(() => [getComputedStyle(document.documentElement).fontSize, document.documentElement.dataset.contrast ?? null])).toEqual(['16px', null]);
		await page.close();
	});

	it('offers the settings and every section on a phone', async () => {
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 390, height: 800 });
		await open('/guide/visit/', page);
		const nav = page.locator('header nav.gj-site-nav');
		await expect(nav.isVisible()).resolves.toBe(true);
		// The row scrolls sideways: every section can be reached and is a 44 px target.
		for (const link of await nav.locator('a').all()) {
			await link.scrollIntoViewIfNeeded();
			const box = (await link.boundingBox())!;
			expect(box.height).toBeGreaterThanOrEqual(44);
			expect(box.x).toBeGreaterThanOrEqual(0);
			expect(box.x + box.width).toBeLessThanOrEqual(390);
		}
		// Every visible control of the header, and the 404 page's search, is at least 44 × 44 px (the
		// search button was 32 × 40 px on a phone, the 404 page's 搜索 button 38 px wide).
		const smallControls = (scope: string) =>
			page.locator(scope).locator('button, select, input').evaluateAll((controls) =>
				controls
					.filter((control) => control.checkVisibility())
					.map((control) => [control.className || control.tagName, control.getBoundingClientRect()] as const)
					.filter(([, box]) => box.width < 44 || box.height < 44)
					.map(([name, box]) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`),
			);
		expect(await page.locator('header button.gj-search-open').isVisible()).toBe(true);
		await expect(smallControls('header')).resolves.toEqual([]);
		await open('/no-such-page/', page);
		await expect(smallControls('main form[role="search"]')).resolves.toEqual([]);
		await open('/guide/visit/', page);
		await page.locator('.sl-menu-button').click();
		const menuSize = page.locator('#starlight__sidebar select[data-preference="textSize"]');
		await menuSize.selectOption('large');
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('18.4px');
		await menuSize.selectOption('standard');
		await page.close();
	});
});

describe('glossary terms in the text', () => {
	it('open their short definition on the first tap of a touch screen, and are plain links otherwise', async () => {
		const page = await open('/guide/intro/');
		const term = page.locator('main a.gj-term', { hasText: '入户探访' });
		// A touch screen (Chromium's touch emulation): no hover, so the title tooltip never shows.
		const cdp = await browser.context.newCDPSession(page);
		await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
		await open('/guide/intro/', page);
		expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
		await term.click();
		const tip = page.getByRole('dialog', { name: '术语：入户探访' });
		await expect(tip.locator('p').textContent()).resolves.toBe('入户探访：到老人家中探访。');
		expect(new URL(page.url()).pathname).toBe('/guide/intro/');
		await expect(term.getAttribute('aria-expanded')).resolves.toBe('true');
		await tip.getByRole('link', { name: '在术语表中查看' }).click();
		await page.waitForURL((url) => url.pathname === '/glossary/');
		expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#入户探访');
		// With a mouse, the link goes straight to the definition.
		await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
		await open('/guide/intro/', page);
		expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(false);
		await page.locator('main a.gj-term', { hasText: '入户探访' }).click();
		await page.waitForURL((url) => url.pathname === '/glossary/');
		await page.close();
	});
});

/** Each checklist item's text and whether it is ticked, in page order. */
const ticks = (page: Page) =>
	boxes(page).evaluateAll((inputs) => inputs.map((input) => `${(input as HTMLInputElement).checked ? '☑' : '☐'} ${input.closest('label')!.textContent!.trim()}`));

describe('checklists', () => {
	it('are real 44 px controls, remembered per section and edition, and can be cleared', async () => {
		const page = await open('/guide/visit/');
		expect(await boxes(page).count()).toBe(5);
		for (const label of await page.locator('gj-checklist li.task-list-item > label').all()) {
			expect((await label.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		}
		await page.getByLabel('出示工作证').click();
		// The whole row is the target, not only the box.
		await page.getByText('关好煤气').click();
		await expect(page.locator('.gj-checklist-status').textContent()).resolves.toBe('已勾选 2 / 5 项');

		await page.reload({ waitUntil: 'networkidle' });
		expect(await ticks(page)).toEqual(['☑ 关好煤气', '☐ 检查门锁', '☑ 出示工作证', '☐ 说明来意', '☐ 约好下次时间']);

		// The 2024 edition has an item with the same words: its list is its own.
		const old = await open('/guide/2024/visit/');
		expect(await ticks(old)).toEqual(['☐ 出示工作证']);
		await old.getByLabel('出示工作证').click();
		await old.close();

		await page.getByRole('button', { name: '清空本次勾选' }).click();
		expect(await ticks(page)).toEqual(['☐ 关好煤气', '☐ 检查门锁', '☐ 出示工作证', '☐ 说明来意', '☐ 约好下次时间']);
		await page.reload({ waitUntil: 'networkidle' });
		expect((await ticks(page)).filter((t) => t.startsWith('☑'))).toEqual([]);
		expect(await ticks(await open('/guide/2024/visit/'))).toEqual(['☑ 出示工作证']);
		await page.close();
	});

	it('prints a blank list and puts the ticks back afterwards', async () => {
		const page = await open('/guide/visit/');
		await page.getByLabel('说明来意').click();
		// Record what the page looks like at the moment it is printed.
		await page.evaluate(() => {
			window.print = () => {
				(window as unknown as { printed: boolean[] }).printed = [...document.querySelectorAll<HTMLInputElement>('gj-checklist input')].map((i) => i.checked);
				window.dispatchEvent(new Event('afterprint'));
			};
		});
		await page.getByRole('button', { name: '打印空白清单' }).click();
		expect(await page.evaluate(() => (window as unknown as { printed: boolean[] }).printed)).toEqual([false, false, false, false, false]);
		expect(await ticks(page)).toContain('☑ 说明来意');
		await page.close();
	});
});

const progressMarks = (page: Page) =>
	page.locator('[data-progress-session]').evaluateAll((items) => items.map((item) => `${item.querySelector('a')!.textContent}: ${(item as HTMLElement).dataset.progressStatus}`));

describe('curriculum progress', () => {
	it('marks sessions done, shows progress on /learn/ and the module, and survives a reload', async () => {
		const page = await open('/learn/mod-one/session-one/');
		await page.getByRole('button', { name: '标记为已完成' }).click();
		await expect(page.locator('.gj-progress-state').textContent()).resolves.toMatch(/^已完成（\d{4}-\d{2}-\d{2}）。$/);
		await page.reload({ waitUntil: 'networkidle' });
		await expect(page.getByRole('button', { name: '取消已完成标记' }).isVisible()).resolves.toBe(true);

		await open('/learn/', page);
		expect(await progressMarks(page)).toEqual(['第一次入户: done', '第二次入户: todo']);
		await expect(page.locator('.gj-progress-total').textContent()).resolves.toBe('已完成 1 / 2 个单元');
		await expect(page.locator('.gj-learning-path [data-progress-count]').first().textContent()).resolves.toBe('已完成 1 / 2 个单元');
		await open('/learn/mod-one/', page);
		expect(await progressMarks(page)).toEqual(['第一次入户: done', '第二次入户: todo']);
		await page.close();
	});

	it('flags a finished session whose content changed in a later build', async () => {
		builds.serve(second);
		const page = await open('/learn/');
		expect(await progressMarks(page)).toEqual(['第一次入户: changed', '第二次入户: todo']);
		await expect(page.locator('.gj-progress-total').textContent()).resolves.toBe('已完成 1 / 2 个单元（其中 1 个完成后有修改）');
		await open('/learn/mod-one/session-one/', page);
		await expect(page.locator('.gj-progress-state').textContent()).resolves.toContain('之后内容有修改');
		await page.getByRole('button', { name: '已重新学习，标记为已完成' }).click();
		await open('/learn/', page);
		expect(await progressMarks(page)).toEqual(['第一次入户: done', '第二次入户: todo']);
		await page.close();
	});

	it('exports the progress as a CSV only when the learner asks, and sends nothing anywhere', async () => {
		const page = await open('/learn/');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出学习记录（CSV 表格）' }).click()]);
		const csv = readFileSync((await download.path())!, 'utf-8');
		expect(download.suggestedFilename()).toMatch(/^学习记录-\d{4}-\d{2}-\d{2}\.csv$/);
		expect(csv.replace(/\d{4}-\d{2}-\d{2}/g, 'DATE')).toBe('\uFEFF模块,单元,状态,完成日期\r\n入户实务,第一次入户,已完成,DATE\r\n入户实务,第二次入户,未完成,\r\n');
		await page.close();
		// Every request of the whole file: pages and assets fetched from the site, none sending anything.
		const { requests } = builds;
		expect(requests.length).toBeGreaterThan(10);
		expect(requests.filter((r) => !r.startsWith(`GET ${server.origin}/`) && !r.startsWith('GET blob:'))).toEqual([]);
		expect(requests.filter((r) => /[?&]/.test(r.split(' ')[1]!) && !r.includes('/search/'))).toEqual([]);
	});
});
