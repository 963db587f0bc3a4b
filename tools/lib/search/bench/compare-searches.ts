/**
 * Runs the same queries through our search and Starlight's default on one built site in headless
 * Chromium, and scores both against the ground truth: recall, precision, first-search bytes and
 * latency, per query set. Each search gets two fresh browsers: one asks every query cold (its
 * index chunks not yet fetched), the other warm (chunks fetched first, as while typing).
 *
 * Ours is scored on the links the search page lists once paged to the end (cold pass), and each
 * query's listed count is compared with the count the page reports. Starlight's default has no
 * page here (its UI bundle is not built), so it is scored on its result ids.
 */
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { askDefaultSearch, askOurSearch, OUR_SEARCH_PAGE, type BrowserAnswer } from './browser-search';
import { launchChromium } from '../../../../src/lib/browser/chromium';
import { DEFAULT_BUNDLE } from './default-index';
import { bytesByKind, type BytesByKind } from './first-search-bytes';
import { fragmentUrls } from './fragment-urls';
import { pagesContaining, type TruthPage } from './ground-truth';
import { percentile, scoreSet, type QueryOutcome, type SetScore } from './metrics';
import type { QuerySet } from './query-sets';
import { serveSite, type StaticSite } from '../../serve/static-site';

export interface EngineReport {
	name: string;
	/** The first query of a visit: what it downloads and how long it takes. */
	firstSearch: { query: string; bytes: BytesByKind; ms: number };
	sets: { name: string; score: SetScore }[];
	/** The domain terms asked a second time, everything already in the browser. */
	repeatMedianMs: number;
	outcomes: Record<string, QueryOutcome[]>;
}

interface Engine {
	name: string;
	bundleDir: string;
	/** A page of the site to search from, and how to ask it a query. */
	pagePath: string;
	/** Whether the page's SearchBox script is this search's UI (Starlight's own UI bundle is not built any more). */
	countsUiScript: boolean;
	/** `pageThrough`: list every result on the page, where the engine has a page. */
	ask(page: Page, query: string, warm: boolean, pageThrough?: boolean): Promise<BrowserAnswer>;
}

const FIRST_QUERY = '意定监护';

async function withPage<T>(server: StaticSite, path: string, use: (page: Page) => Promise<T>): Promise<T> {
	const browser = await launchChromium();
	try {
		const page = await browser.context.newPage();
		await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
		return await use(page);
	} finally {
		await browser.close();
	}
}

async function runEngine(engine: Engine, server: StaticSite, sets: QuerySet[], truthPages: TruthPage[]): Promise<EngineReport> {
	const urls = fragmentUrls(engine.bundleDir);
	const queries = sets.flatMap((set) => set.queries);
	server.takeTransfers();
	const cold = await withPage(server, engine.pagePath, async (page) => {
		// The search UI's own script comes with the page; Pagefind's files only with the first search.
		const uiScript = server.takeTransfers().filter((transfer) => engine.countsUiScript && transfer.path.includes('/_astro/SearchBox'));
		const first = await engine.ask(page, FIRST_QUERY, false);
		await page.waitForTimeout(300);
		const firstSearch = { query: FIRST_QUERY, bytes: bytesByKind([...uiScript, ...server.takeTransfers()]), ms: first.ms };
		const answers = new Map<string, BrowserAnswer>();
		for (const query of queries) answers.set(query, await engine.ask(page, query, false, true));
		const repeats: number[] = [];
		for (const query of sets[0].queries) repeats.push((await engine.ask(page, query, false)).ms);
		return { firstSearch, answers, repeatMedianMs: percentile(repeats, 50) };
	});
	const warm = await withPage(server, engine.pagePath, async (page) => {
		await engine.ask(page, FIRST_QUERY, true);
		const answers = new Map<string, BrowserAnswer>();
		for (const query of queries) answers.set(query, await engine.ask(page, query, true));
		return answers;
	});
	server.takeTransfers();

	const outcomes: Record<string, QueryOutcome[]> = {};
	for (const set of sets) {
		outcomes[set.name] = set.queries.map((query) => {
			const answer = cold.answers.get(query)!;
			return {
				query,
				truth: pagesContaining(truthPages, query),
				found: answer.listed?.urls ?? answer.ids.map((id) => urls.get(id) ?? id),
				...(answer.listed ? { listed: { count: answer.listed.urls.length, unavailable: answer.listed.unavailable, reported: answer.listed.reported } } : {}),
				ms: answer.ms,
				warmMs: warm.get(query)!.ms,
				warmSearchMs: warm.get(query)!.searchMs,
			};
		});
	}
	return {
		name: engine.name,
		firstSearch: cold.firstSearch,
		sets: sets.map((set) => ({ name: set.name, score: scoreSet(outcomes[set.name]) })),
		repeatMedianMs: cold.repeatMedianMs,
		outcomes,
	};
}

export async function compareSearches(outDir: string, sets: QuerySet[], truthPages: TruthPage[]): Promise<EngineReport[]> {
	const server = await serveSite({ root: () => outDir, cache: 'no-cache' });
	try {
		const ours: Engine = { name: '共建 (bigram)', bundleDir: join(outDir, 'pagefind'), pagePath: OUR_SEARCH_PAGE, countsUiScript: true, ask: askOurSearch };
		const starlight: Engine = {
			name: 'Starlight default',
			bundleDir: join(outDir, DEFAULT_BUNDLE),
			pagePath: '/404.html',
			countsUiScript: false,
			ask: (page, query, warm) => askDefaultSearch(page, `/${DEFAULT_BUNDLE}/`, query, warm),
		};
		return [await runEngine(ours, server, sets, truthPages), await runEngine(starlight, server, sets, truthPages)];
	} finally {
		await server.close();
	}
}
