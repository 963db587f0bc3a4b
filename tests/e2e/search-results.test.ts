/**
 * What the search page lists, paged to the end (issue #17): every result the count reports is on
 * the page, also when the browser collects garbage between pages and when fragment downloads
 * fail; results from the guide's older edition come after the current one's, marked, and the
 * 版本 filter chooses which editions are listed. Each runs on the search fixture with the index in
 * one bundle and split into bundles of two pages, merged in the browser with Pagefind's mergeIndex.
 *
 * The expected sets are the fixture's pages that contain the query (tests/fixtures/search/README.md);
 * the first test also checks them against the ground truth the benchmark uses, read from the built pages.
 */
import type { Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pagesContaining, readTruthPages } from '../../tools/lib/search/bench/ground-truth';
import { newSearchPage, openSearchSite, searchFor, waitForSearch, type SearchSite } from './search-site';

const builds: { name: string; env: Record<string, string> }[] = [
	{ name: 'with the index in one bundle', env: {} },
	{ name: 'with the index split into bundles of two pages', env: { GONGJIAN_SEARCH_BUNDLE_PAGES: '2' } },
];

/** Every page with 入户 in its indexed text: 15 of the fixture's 22, three pages of results and more. */
const WITH_RUHU = [
	'/', '/cases/case-one/', '/glossary/', '/guide/', '/guide/2024/', '/guide/2024/intro/', '/guide/2024/visit/', '/guide/intro/', '/guide/visit/',
	'/learn/', '/learn/mod-one/', '/learn/mod-one/session-one/', '/orgs/org-a/', '/orgs/org-b/', '/tools/tool-one/',
];
const OLD_EDITION = ['/guide/2024/', '/guide/2024/intro/', '/guide/2024/visit/'];

const sorted = (urls: string[]) => [...urls].sort();
const PAGE = 'gj-search[data-mode="page"]';

interface Listed {
	urls: string[];
	/** Items that say their result could not be loaded. */
	unavailable: number;
	status: string;
}

async function listed(page: Page, scope = PAGE): Promise<Listed> {
	return page.evaluate((selector) => {
		const root = document.querySelector(selector)!;
		return {
			urls: [...root.querySelectorAll<HTMLAnchorElement>('.gj-search-title')].map((a) => new URL(a.href).pathname),
			unavailable: root.querySelectorAll('.gj-search-result-unavailable').length,
			status: root.querySelector('.gj-search-status')!.textContent ?? '',
		};
	}, scope);
}

/**
 * Clicks 显示更多结果 until it goes away, forcing a full garbage collection before every click:
 * pagefind.js drops a result's fragment when the result object is collected, so a search that
 * does not hold on to its results loses them here, every time, rather than now and then.
 */
async function pageToTheEndCollectingGarbage(page: Page): Promise<Listed> {
	const cdp = await page.context().newCDPSession(page);
	const more = page.locator(`${PAGE} .gj-search-more`);
	while (await more.isVisible()) {
		await cdp.send('HeapProfiler.collectGarbage');
		// FinalizationRegistry callbacks run as tasks after the collection; let them reach the worker.
		await page.waitForTimeout(50);
		const shown = await page.locator(`${PAGE} .gj-search-result`).count();
		await more.click();
		await page.waitForFunction(([selector, n]) => document.querySelectorAll(`${selector} .gj-search-result`).length > (n as number), [PAGE, shown] as const);
	}
	return listed(page);
}

/** Makes the browser's first request for each fragment file fail, as a dropped connection would. */
async function failEachFragmentOnce(page: Page): Promise<{ failed: Set<string> }> {
	const failed = new Set<string>();
	// Pagefind fetches fragments from its web worker; the browser context sees those requests too.
	await page.context().route('**/*.pf_fragment', async (route: Route) => {
		const url = route.request().url();
		if (failed.has(url)) return route.continue();
		failed.add(url);
		return route.abort('connectionreset');
	});
	return { failed };
}

describe.each(builds)('search results $name', ({ env }) => {
	let search: SearchSite;

	beforeAll(async () => {
		search = await openSearchSite(env);
	});

	afterEach(async () => {
		await search.browser.context.unrouteAll({ behavior: 'ignoreErrors' });
		for (const page of search.browser.context.pages()) await page.close();
	});

	afterAll(async () => {
		await search?.close();
	});

	describe('paging to the end', () => {
		it('lists every page the count reports, with garbage collected before every page', async () => {
			expect(sorted(pagesContaining(await readTruthPages(search.site.outDir), '入户'))).toEqual(WITH_RUHU);
			const page = await newSearchPage(search);
			await page.goto(`${search.server.origin}/search/?q=入户&edition=all`);
			await page.waitForFunction(() => (window as unknown as { searchesDone: unknown[] }).searchesDone.length >= 1);
			const { urls, unavailable, status } = await pageToTheEndCollectingGarbage(page);
			expect(sorted(urls)).toEqual(WITH_RUHU);
			expect(urls).toHaveLength(new Set(urls).size);
			expect(unavailable).toBe(0);
			expect(status).toBe('找到 15 个包含“入户”的页面。');
		});

		it('still lists every result when each fragment download fails once', async () => {
			const page = await newSearchPage(search);
			const { failed } = await failEachFragmentOnce(page);
			await page.goto(`${search.server.origin}/search/?q=入户&edition=all`);
			await page.waitForFunction(() => (window as unknown as { searchesDone: unknown[] }).searchesDone.length >= 1);
			const { urls, unavailable } = await pageToTheEndCollectingGarbage(page);
			expect(sorted(urls)).toEqual(WITH_RUHU);
			expect(unavailable).toBe(0);
			// Every result's fragment was refused once: one file per page, or fewer when Pagefind groups them.
			expect(failed.size).toBeGreaterThan(0);
		});

		it('keeps a click on 显示更多结果 made while a new search is on its way out of the new list', async () => {
			const page = await newSearchPage(search);
			await page.goto(`${search.server.origin}/search/?q=入户&edition=all`);
			await page.waitForFunction(() => (window as unknown as { searchesDone: unknown[] }).searchesDone.length >= 1);
			// In one task: the new search starts, then the old results' button is clicked before it answers.
			await page.evaluate((selector) => {
				const element = document.querySelector(selector)!;
				element.querySelector<HTMLInputElement>('input[name="q"]')!.value = '社区';
				element.querySelector('form')!.requestSubmit();
				element.querySelector<HTMLButtonElement>('.gj-search-more')!.click();
			}, PAGE);
			const { urls, status } = await waitForSearch(page, 2);
			expect(status).toBe('找到 6 个包含“社区”的页面。');
			expect(sorted(urls)).toEqual(['/cases/case-one/', '/cases/case-two/', '/events/event-one/', '/guide/visit/', '/orgs/org-a/', '/orgs/org-b/']);
		});

		it('shows a fragment that never arrives as an item of its own, which loads when asked again', async () => {
			const page = await newSearchPage(search);
			let blocked = true;
			await page.context().route('**/*.pf_fragment', (route) => (blocked ? route.abort('connectionreset') : route.continue()));
			await page.goto(`${search.server.origin}/search/?q=社区`);
			const outcome = await waitForSearch(page, 1);
			// 社区 is on six pages: the count and the items agree, though none could be loaded.
			expect(outcome.status).toBe('找到 6 个包含“社区”的页面。');
			expect(await page.locator(`${PAGE} .gj-search-result`).count()).toBe(6);
			expect((await listed(page)).unavailable).toBe(6);
			expect(outcome.urls).toEqual([]);
			blocked = false;
			for (const retry of await page.$$(`${PAGE} .gj-search-retry`)) await retry.click();
			await page.waitForFunction((selector) => document.querySelectorAll(`${selector} .gj-search-title`).length === 6, PAGE);
			expect(sorted((await listed(page)).urls)).toEqual(['/cases/case-one/', '/cases/case-two/', '/events/event-one/', '/guide/visit/', '/orgs/org-a/', '/orgs/org-b/']);
			expect((await listed(page)).unavailable).toBe(0);
		});
	});

	describe('guide editions', () => {
		// 入户探访 is the title of the guide's chapter in both editions, and occurs on 10 other pages.
		const CURRENT_EDITION = ['/guide/', '/guide/intro/', '/guide/visit/'];
		let withTitle: string[];
		beforeAll(async () => {
			withTitle = sorted(pagesContaining(await readTruthPages(search.site.outDir), '入户探访'));
			expect(withTitle).toHaveLength(13);
		});

		const marks = (page: Page, scope = PAGE) =>
			page.$$eval(`${scope} .gj-search-result`, (items) => items.map((item) => [new URL(item.querySelector('a')!.href).pathname, item.querySelector('.gj-search-edition')!.textContent]));

		it('puts the current chapter first and the older edition’s pages last, marked, when all editions are listed', async () => {
			const { urls, page } = await searchFor(search, { q: '入户探访', edition: 'all' });
			expect(sorted(urls)).toEqual(withTitle);
			expect(urls[0]).toBe('/guide/visit/');
			expect(urls.slice(-OLD_EDITION.length).sort()).toEqual(OLD_EDITION);
			for (const [url, mark] of await marks(page)) expect(mark, url).toBe(OLD_EDITION.includes(url!) ? '旧版 · 2024' : '');
			expect(await page.isChecked('input[name="edition"][value="all"]')).toBe(true);
		});

		it('ranks every older-edition page after the others on a query with many results', async () => {
			const { urls } = await searchFor(search, { q: '入户', edition: 'all' });
			expect(sorted(urls)).toEqual(WITH_RUHU);
			expect(urls.slice(-OLD_EDITION.length).sort()).toEqual(OLD_EDITION);
		});

		it('lists the current edition only by default, and says how many older pages it leaves out', async () => {
			const { urls, status, page } = await searchFor(search, { q: '入户探访' });
			expect(sorted(urls)).toEqual(withTitle.filter((url) => !OLD_EDITION.includes(url)));
			expect(urls[0]).toBe('/guide/visit/');
			expect(status).toBe('找到 10 个包含“入户探访”的页面。 另有 3 个其他版本的指引页面未列出，可在“版本”中选择。');
			expect(await page.isChecked('input[name="edition"][value="2025"]')).toBe(true);
			expect(new URL(page.url()).searchParams.has('edition')).toBe(false);
		});

		it('lists an older edition chosen in the URL instead of the current one', async () => {
			const { urls, page } = await searchFor(search, { q: '入户探访', edition: '2024' });
			expect(sorted(urls)).toEqual(withTitle.filter((url) => !CURRENT_EDITION.includes(url)));
			expect(await page.isChecked('input[name="edition"][value="2024"]')).toBe(true);
			expect(new URL(page.url()).searchParams.get('edition')).toBe('2024');
		});

		it('switches editions from the panel and puts the choice in the URL', async () => {
			const { urls, page } = await searchFor(search, { q: '入户探访' });
			expect(urls).not.toContain('/guide/2024/visit/');
			await page.click('summary:has-text("版本")');
			await page.check('input[name="edition"][value="all"]');
			const all = await waitForSearch(page, 2);
			expect(sorted(all.urls)).toEqual(withTitle);
			expect(all.urls[0]).toBe('/guide/visit/');
			expect(new URL(page.url()).searchParams.get('edition')).toBe('all');
		});

		it('lists every edition in the header search box, the older one last and marked', async () => {
			const page = await newSearchPage(search);
			await page.goto(`${search.server.origin}/cases/case-two/`);
			await page.keyboard.press('Control+K');
			await page.keyboard.insertText('入户探访');
			const scope = 'gj-search[data-mode="dialog"]';
			const found = await waitForSearch(page, 1, scope);
			expect(sorted(found.urls)).toEqual(withTitle);
			expect(found.urls[0]).toBe('/guide/visit/');
			expect(found.urls.slice(-OLD_EDITION.length).sort()).toEqual(OLD_EDITION);
			for (const [url, mark] of await marks(page, scope)) expect(mark, url).toBe(OLD_EDITION.includes(url!) ? '旧版 · 2024' : '');
		});
	});
});
