/**
 * The guide's editions in search (src/lib/search/editions.ts): which editions a 版本 choice lists,
 * and the order and marks of older editions' results, on the fixture's two editions and on four.
 */
import { describe, expect, it } from 'vitest';
import { editionScope, guideEditionsOf, oldEditionLabel, orderByEdition, searchEditions } from '../../src/lib/search/editions';
import type { PagefindInstance, PagefindSearchOptions } from '../../src/lib/search/pagefind-api';
import { toResultView } from '../../src/lib/search/result-view';
import { readSearchState, searchParamsFor } from '../../src/lib/search/search-state';
import { statusMessage } from '../../src/components/search/status-message';
import { planQuery } from '../../src/lib/search/query-plan';

const editions = searchEditions([
	{ slug: '2026', title: '2026 版', published: '', summary: '', current: true, reopened: false, sections: [] },
	{ slug: '2025', title: '2025 版', published: '', summary: '', current: false, reopened: false, sections: [] },
	{ slug: '2024', title: '2024 版', published: '', summary: '', current: false, reopened: false, sections: [] },
]);

describe('editionScope', () => {
	it('lists the current edition when nothing is chosen, or when the choice is unknown', () => {
		expect(editionScope(editions, undefined)).toEqual({ order: ['2026', '2025', '2024'], include: ['2026'] });
		expect(editionScope(editions, '1999').include).toEqual(['2026']);
	});

	it('lists one older edition, or all of them', () => {
		expect(editionScope(editions, '2024').include).toEqual(['2024']);
		expect(editionScope(editions, 'all').include).toEqual(['2026', '2025', '2024']);
	});
});

describe('orderByEdition', () => {
	const ranked = ['old24', 'case', 'old25', 'cur', 'page'].map((id) => ({ id }));
	const editionOf = new Map([
		['old24', '2024'],
		['old25', '2025'],
		['cur', '2026'],
	]);

	it('moves older editions after every other result, newest first, keeping the rest in rank order', () => {
		const { results, otherEditions } = orderByEdition(ranked, editionOf, editionScope(editions, 'all'));
		expect(results.map((r) => r.id)).toEqual(['case', 'cur', 'page', 'old25', 'old24']);
		expect(results.map((r) => r.edition)).toEqual([undefined, '2026', undefined, '2025', '2024']);
		expect(otherEditions).toBe(0);
	});

	it('leaves out the editions not chosen, never pages outside the guide, and counts what it left out', () => {
		const current = orderByEdition(ranked, editionOf, editionScope(editions, undefined));
		expect(current.results.map((r) => r.id)).toEqual(['case', 'cur', 'page']);
		expect(current.otherEditions).toBe(2);
		expect(orderByEdition(ranked, editionOf, editionScope(editions, '2024')).results.map((r) => r.id)).toEqual(['case', 'page', 'old24']);
	});
});

describe('guideEditionsOf', () => {
	it('asks Pagefind once per instance for each edition’s pages', async () => {
		const asked: PagefindSearchOptions[] = [];
		const pages: Record<string, string[]> = { '2026': ['a', 'b'], '2025': ['c'], '2024': [] };
		const pagefind = {
			search: async (_term: string | null, options: PagefindSearchOptions = {}) => {
				asked.push(options);
				const slug = options.filters!.edition.any[0];
				return { results: pages[slug].map((id) => ({ id, score: 1, words: [], data: async () => null })) };
			},
		} as unknown as PagefindInstance;
		const first = await guideEditionsOf(pagefind, ['2026', '2025', '2024']);
		expect([...first]).toEqual([['a', '2026'], ['b', '2026'], ['c', '2025']]);
		await guideEditionsOf(pagefind, ['2026', '2025', '2024']);
		expect(asked).toHaveLength(3);
	});
});

describe('a result from an older edition', () => {
	const fragment = (edition: string) => ({ url: `/guide/${edition}/safety/`, content: '安全 与应 应急', meta: { title: '9 安全与应急' }, filters: { type: ['指引章节'], edition: [edition] } });

	it('is marked with its edition; the current edition and pages outside the guide are not', () => {
		expect(toResultView(fragment('2024'), ['安全'], '2026').oldEdition).toBe('旧版 · 2024');
		expect(oldEditionLabel('2025')).toBe('旧版 · 2025');
		expect(toResultView(fragment('2026'), ['安全'], '2026').oldEdition).toBeUndefined();
		expect(toResultView({ ...fragment('x'), filters: { type: ['案例'] } }, ['安全'], '2026').oldEdition).toBeUndefined();
	});
});

describe('the 版本 choice in the URL', () => {
	it('round-trips next to the query and filters', () => {
		const state = readSearchState(new URLSearchParams('q=安全与应急&edition=2024&type=指引章节'), ['type']);
		expect(state).toEqual({ query: '安全与应急', filters: { type: ['指引章节'] }, edition: '2024' });
		expect(searchParamsFor(state).toString()).toBe(new URLSearchParams('q=安全与应急&type=指引章节&edition=2024').toString());
		expect(readSearchState(new URLSearchParams('q=安全'), ['type'])).toEqual({ query: '安全', filters: {} });
	});

	it('tells the reader how many older pages the page leaves out', () => {
		expect(statusMessage('安全与应急', planQuery('安全与应急'), 4, false, 1)).toBe('找到 4 个包含“安全与应急”的页面。 另有 1 个其他版本的指引页面未列出，可在“版本”中选择。');
		expect(statusMessage('安全与应急', planQuery('安全与应急'), 4, false)).toBe('找到 4 个包含“安全与应急”的页面。');
	});
});
