/**
 * Chinese search in Chromium on the search fixture (see tests/fixtures/search/README.md): queries
 * that cut across jieba's words, one with no match, filtered and Latin queries, multi-word queries,
 * and the header's search box. Each checks exactly which pages come back, once with the index in
 * one bundle and once split into bundles of two pages, which the browser merges (as a site of
 * thousands of pages is, see src/lib/search/write-search-index.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { urlForFile } from '../../src/lib/search/built-pages';
import { indexedRecords } from '../helpers/pagefind-records';
import { newSearchPage, openSearchSite, searchFor, waitForSearch, type SearchSite } from './search-site';

const htmlFiles = (dir: string) =>
	readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name));

const builds: { name: string; env: Record<string, string>; bundles: number }[] = [
	{ name: 'with the index in one bundle', env: {}, bundles: 1 },
	{ name: 'with the index split into bundles of two pages', env: { GONGJIAN_SEARCH_BUNDLE_PAGES: '2' }, bundles: 11 },
];

describe.each(builds)('search $name', ({ env, bundles }) => {
	let search: SearchSite;

	beforeAll(async () => {
		search = await openSearchSite(env);
	});

	it(`is built as ${bundles} index bundle(s)`, () => {
		const manifest = JSON.parse(readFileSync(join(search.site.outDir, 'pagefind/gongjian-bundles.json'), 'utf-8')) as { bundles: string[] };
		// The fixture's searchable pages fill 11 bundles of two; the first is /pagefind/ itself.
		expect(manifest.bundles).toHaveLength(bundles - 1);
	});

	it('indexed every searchable page as it rendered, and each one once', () => {
		expect(search.site.stdout).toContain('pages indexed as they rendered');
		// Nothing fell back to reading the built files, and no page escaped the renderer's hand-over.
		expect(search.site.stdout + search.site.stderr).not.toMatch(/Indexing the built files|read from the output|索引线程失败/);
		const searchable = htmlFiles(search.site.outDir)
			.filter((file) => readFileSync(file, 'utf-8').includes('data-pagefind-body'))
			.map((file) => urlForFile(search.site.outDir, file))
			.sort();
		expect(searchable.length).toBeGreaterThan(15);
		expect(indexedRecords(join(search.site.outDir, 'pagefind')).map((record) => record.url)).toEqual(searchable);
	});

	afterEach(async () => {
		for (const page of search.browser.context.pages()) await page.close();
	});

	afterAll(async () => {
		await search?.close();
	});

	const sorted = (urls: string[]) => [...urls].sort();

	describe('queries that cross jieba word boundaries', () => {
		it('finds 会工 inside 社会工作, which jieba keeps whole', async () => {
			const { urls, status } = await searchFor(search, { q: '会工' });
			expect(sorted(urls)).toEqual(['/briefs/brief-one/', '/cases/case-one/', '/learn/']);
			expect(status).toBe('找到 3 个包含“会工”的页面。');
		});

		it('finds 在社区 only where the three characters stand together', async () => {
			// case-two has 社区 and 在 apart (社区居民在家门口): a word-by-word search would return it.
			const { urls } = await searchFor(search, { q: '在社区' });
			expect(sorted(urls)).toEqual(['/cases/case-one/', '/guide/visit/']);
		});

		it('needs every word of a multi-word query on the page', async () => {
			const { urls } = await searchFor(search, { q: '失独老人 照护' });
			expect(urls).toEqual(['/cases/case-one/']);
		});
	});

	describe('a query with no match', () => {
		it('returns nothing and says so', async () => {
			const { urls, status } = await searchFor(search, { q: '发社区' });
			expect(urls).toEqual([]);
			expect(status).toBe('没有找到包含“发社区”的页面。');
		});
	});

	describe('Latin and mixed queries', () => {
		it('finds PDF and NGO, in any case', async () => {
			expect((await searchFor(search, { q: 'PDF' })).urls).toEqual(['/tools/tool-one/']);
			expect((await searchFor(search, { q: 'pdf' })).urls).toEqual(['/tools/tool-one/']);
			expect((await searchFor(search, { q: 'NGO' })).urls).toEqual(['/events/event-one/']);
		});

		it('finds 2024年 also inside 2024年度', async () => {
			const { urls } = await searchFor(search, { q: '2024年' });
			expect(sorted(urls)).toEqual(['/briefs/brief-one/', '/cases/case-two/', '/events/event-one/']);
		});
	});

	describe('filters', () => {
		it('narrows a query by content type from the URL, and shows the filter as selected', async () => {
			const { urls, page } = await searchFor(search, { q: '在社区', type: '案例' });
			expect(urls).toEqual(['/cases/case-one/']);
			expect(await page.isChecked('input[name="type"][value="案例"]')).toBe(true);
		});

		it('applies a filter chosen on the page and puts it in the URL', async () => {
			const { urls, page } = await searchFor(search, { q: '社区' });
			expect(sorted(urls)).toEqual(['/cases/case-one/', '/cases/case-two/', '/events/event-one/', '/guide/visit/', '/orgs/org-a/', '/orgs/org-b/']);
			await page.click('summary:has-text("服务人群")');
			await page.check('input[name="population"][value="高龄老人(80+)"]');
			const filtered = await waitForSearch(page, 2);
			expect(filtered.urls).toEqual(['/cases/case-one/']);
			expect(new URL(page.url()).searchParams.getAll('population')).toEqual(['高龄老人(80+)']);
		});

		it('lists the pages a filter selects when there is no query', async () => {
			const { urls } = await searchFor(search, { org: '乙支持中心', type: '案例' });
			expect(sorted(urls)).toEqual(['/cases/case-one/', '/cases/case-two/']);
		});
	});

	describe('results', () => {
		it('show type, organisations and a snippet with the match highlighted', async () => {
			const { page } = await searchFor(search, { q: '会工' });
			const result = page.locator('.gj-search-result', { has: page.locator('a[href="/cases/case-one/"]') });
			expect(await result.locator('.gj-search-title').textContent()).toBe('甲中心的高龄老人探访');
			expect(await result.locator('.gj-search-type').textContent()).toBe('案例');
			expect(await result.locator('.gj-search-orgs').textContent()).toBe('甲中心、乙支持中心');
			expect(await result.locator('.gj-search-snippet mark').allTextContents()).toEqual(['会工']);
			expect(await result.locator('.gj-search-snippet').textContent()).toContain('社工运用社会工作方法在社区开展结对探访');
		});

		it('leave the page language as it was', async () => {
			const { page } = await searchFor(search, { q: '会工' });
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
		});
	});

	describe('the header search box', () => {
		it('opens with Ctrl+K, finds pages as you type and hands over to the search page on Enter', async () => {
			const page = await newSearchPage(search);
			await page.goto(`${search.server.origin}/cases/case-two/`);
			await page.keyboard.press('Control+K');
			await page.keyboard.type('在社区');
			const found = await waitForSearch(page, 1, 'gj-search[data-mode="dialog"]');
			expect(sorted(found.urls)).toEqual(['/cases/case-one/', '/guide/visit/']);
			await Promise.all([page.waitForURL('**/search/?q=*'), page.keyboard.press('Enter')]);
			expect(new URL(page.url()).searchParams.get('q')).toBe('在社区');
			expect(sorted((await waitForSearch(page, 1)).urls)).toEqual(['/cases/case-one/', '/guide/visit/']);
		});
	});
});
