/**
 * The search fixture, built once per test file and served to headless Chromium, with a way to run
 * a search on the search page and read back what it found.
 */
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { serveSite, type StaticSite } from '../../tools/lib/serve/static-site';
import { buildSite, copyFixture, type BuiltSite } from '../helpers/site-build';

export interface SearchSite {
	site: BuiltSite;
	server: StaticSite;
	browser: Chromium;
	close(): Promise<void>;
}

/** `env` goes to the build, e.g. GONGJIAN_SEARCH_BUNDLE_PAGES to split the index into bundles. */
export async function openSearchSite(env: Record<string, string> = {}): Promise<SearchSite> {
	const site = await buildSite(copyFixture('search'), env);
	const server = await serveSite({ root: () => site.outDir, cache: 'no-cache' });
	// The site's service worker would answer fragment requests itself, where page.route cannot
	// reach them; these tests make requests fail in the page, so the worker stays out.
	const browser = await launchChromium({ serviceWorkers: 'block' });
	return {
		site,
		server,
		browser,
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
}

export interface SearchOutcome {
	/** URLs of every result, in order. */
	urls: string[];
	status: string;
}

/** Records every finished search before the page's own scripts run, so none is missed. */
export async function newSearchPage(search: SearchSite): Promise<Page> {
	const page = await search.browser.context.newPage();
	await page.addInitScript(() => {
		const done: unknown[] = [];
		Object.assign(window, { searchesDone: done });
		document.addEventListener('gj-search:done', (event) => done.push((event as CustomEvent).detail));
	});
	return page;
}

export async function searchesDone(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { searchesDone: unknown[] }).searchesDone.length);
}

/**
 * Waits for search number `count` (1-based) and returns all its results as the page shows them,
 * clicking "显示更多结果" until every result is on the page.
 */
export async function waitForSearch(page: Page, count: number, scope = 'gj-search[data-mode="page"]'): Promise<SearchOutcome> {
	await page.waitForFunction((n) => (window as unknown as { searchesDone: unknown[] }).searchesDone.length >= n, count);
	const more = page.locator(`${scope} .gj-search-more`);
	while (await more.isVisible()) {
		const shown = await page.locator(`${scope} .gj-search-result`).count();
		await more.click();
		await page.waitForFunction(([selector, n]) => document.querySelectorAll(`${selector} .gj-search-result`).length > (n as number), [scope, shown] as const);
	}
	return page.evaluate((selector) => {
		const root = document.querySelector(selector)!;
		return {
			urls: [...root.querySelectorAll<HTMLAnchorElement>('.gj-search-title')].map((a) => new URL(a.href).pathname),
			status: root.querySelector('.gj-search-status')!.textContent ?? '',
		};
	}, scope);
}

/** Opens /search/ with the given URL parameters and returns what the first search found. */
export async function searchFor(search: SearchSite, params: Record<string, string | string[]>): Promise<SearchOutcome & { page: Page }> {
	const page = await newSearchPage(search);
	const query = new URLSearchParams();
	for (const [key, values] of Object.entries(params)) for (const value of [values].flat()) query.append(key, value);
	await page.goto(`${search.server.origin}/search/?${query}`);
	return { ...(await waitForSearch(page, 1)), page };
}
