/**
 * Runs queries in Chromium the way a reader's browser does: ours through the search page's own
 * <gj-search> element, Starlight's default through pagefind.js on a zh-CN page, as Starlight's
 * Pagefind UI calls it. Both show 5 results first. A `warm` query has its index chunks fetched
 * beforehand (untimed), as both UIs do while the reader types.
 *
 * Ours is judged on what the page lists: with `pageThrough`, 显示更多结果 is clicked until every
 * result is on the page, and the listed links are read back, next to the count the page reports.
 */
import type { Page } from 'playwright-core';

export interface BrowserAnswer {
	query: string;
	/** Ids of every result, best first. */
	ids: string[];
	/** Until the ranked list of results. */
	searchMs: number;
	/** Until the first 5 results' fragments are loaded (ours: rendered). */
	ms: number;
	/** Ours, paged to the end: the URL of every listed result, in order, and how many results the page reported. */
	listed?: { urls: string[]; unavailable: number; reported: number };
}

/** Results Starlight's Pagefind UI loads first (and so does ours). */
const UI_PAGE_SIZE = 5;

/** Starlight's Pagefind ranking defaults, as its UI passes them (schemas/pagefind.ts). */
const STARLIGHT_RANKING = { pageLength: 0.1, termFrequency: 0.1, termSaturation: 2, termSimilarity: 9, diacriticSimilarity: 0.8 };

/** The search page with every guide edition listed, so that its results can be judged against every page that contains the query. */
export const OUR_SEARCH_PAGE = '/search/?edition=all';

/**
 * On the search page: put the query in the box and submit, as Enter does (no typing delay), until
 * results show; then, with `pageThrough`, click 显示更多结果 until it goes away, as a reader would.
 */
export async function askOurSearch(page: Page, query: string, warm = false, pageThrough = false): Promise<BrowserAnswer> {
	return page.evaluate(async ({ q, warm, pageThrough }) => {
		const element = document.querySelector('gj-search[data-mode="page"]') as HTMLElement & { preload(q: string): Promise<void> };
		if (warm) await element.preload(q);
		element.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
		const done = new Promise<{ ids: string[]; searchMs: number; ms: number }>((resolve, reject) => {
			element.addEventListener('gj-search:done', (event) => resolve((event as CustomEvent).detail), { once: true });
			setTimeout(() => reject(new Error(`no answer for ${q}`)), 30_000);
		});
		element.querySelector('form')!.requestSubmit();
		const { ids, searchMs, ms } = await done;
		if (!pageThrough) return { query: q, ids, searchMs, ms };
		const more = element.querySelector<HTMLButtonElement>('.gj-search-more')!;
		// No named functions in here: tsx would wrap them in a helper the page does not have.
		const list = element.querySelector('.gj-search-results')!;
		// A click that adds nothing for 10 s ends the paging: the page stopped short, and the
		// listed count falls below the reported one, which fails the benchmark with the figures.
		let stalled = false;
		while (!more.hidden && !stalled) {
			const before = list.children.length;
			more.click();
			const started = performance.now();
			while (list.children.length === before && !stalled) {
				stalled = performance.now() - started > 10_000;
				await new Promise((resolve) => setTimeout(resolve, 5));
			}
		}
		const urls = [...element.querySelectorAll<HTMLAnchorElement>('.gj-search-result .gj-search-title')].map((link) => decodeURI(new URL(link.href).pathname));
		const unavailable = element.querySelectorAll('.gj-search-result-unavailable').length;
		// The count as the reader sees it (找到 419 个…), which the list must match.
		const status = element.querySelector('.gj-search-status')!.textContent ?? '';
		// A count it cannot read is NaN, which no listed count equals: the query fails the benchmark.
		const reported = status.startsWith('没有') ? 0 : Number(/(\d+) 个/.exec(status)?.[1] ?? NaN);
		return { query: q, ids, searchMs, ms, listed: { urls, unavailable, reported } };
	}, { q: query, warm, pageThrough });
}

/** On any zh-CN page: Starlight's default search for the query, and its first page of results. */
export async function askDefaultSearch(page: Page, bundlePath: string, query: string, warm = false): Promise<BrowserAnswer> {
	return page.evaluate(
		async ({ q, bundle, ranking, pageSize, warm }) => {
			type Pagefind = {
				options(o: object): Promise<void>;
				preload(q: string): Promise<void>;
				search(q: string): Promise<{ results: { id: string; data(): Promise<unknown> }[] }>;
			};
			const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
			await pagefind.options({ ranking });
			if (warm) await pagefind.preload(q);
			const started = performance.now();
			const { results } = await pagefind.search(q);
			const searchMs = performance.now() - started;
			await Promise.all(results.slice(0, pageSize).map((result) => result.data()));
			return { query: q, ids: results.map((result) => result.id), searchMs, ms: performance.now() - started };
		},
		{ q: query, bundle: bundlePath, ranking: STARLIGHT_RANKING, pageSize: UI_PAGE_SIZE, warm },
	);
}
