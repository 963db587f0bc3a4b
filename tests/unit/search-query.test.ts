/**
 * From what the reader typed to the searches Pagefind runs, and how their results combine.
 */
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/lib/search/query-plan';
import { rankResults } from '../../src/lib/search/run-search';
import { readSearchState, searchParamsFor, toPagefindFilters } from '../../src/lib/search/search-state';
import { textMatchesAll } from '../../src/lib/search/term-pattern';

const searches = (query: string) => planQuery(query).terms.map((term) => term.search);

describe('planQuery', () => {
	it('searches a Han word as the exact phrase of its bigrams', () => {
		expect(planQuery('会工').terms).toEqual([{ text: '会工', search: '"会工"' }]);
		expect(planQuery('在社区').terms).toEqual([{ text: '在社区', search: '"在社 社区"' }]);
	});

	it('runs one search per word, splitting at spaces and punctuation', () => {
		expect(searches('失独老人 照护')).toEqual(['"失独 独老 老人"', '"照护"']);
		expect(searches('入户，安全')).toEqual(['"入户"', '"安全"']);
	});

	it('searches Latin words as exact words', () => {
		expect(searches('PDF NGO')).toEqual(['"PDF"', '"NGO"']);
	});

	it('finds 2024年 inside 2024年度 through the bridge token', () => {
		expect(searches('2024年')).toEqual(['"2024 2024年"']);
		expect(searches('在2024年')).toEqual(['"在2024 2024 2024年"']);
		expect(searches('PDF文件')).toEqual(['"PDF PDF文 文件"']);
	});

	it('searches a lone Han character as a prefix', () => {
		expect(planQuery('年').terms).toEqual([{ text: '年', search: '年' }]);
	});

	it('drops repeated words and empty queries', () => {
		expect(searches('社区 社区 ，')).toEqual(['"社区"']);
		expect(searches('  ')).toEqual([]);
	});
});

describe('rankResults', () => {
	const found = (id: string, ...words: number[]) => ({ id, score: 1, words, data: async () => ({ url: id, content: '', meta: {}, filters: {} }) });

	it('keeps pages every word found, earliest first occurrences first', () => {
		const ranked = rankResults([
			[found('a', 40, 41), found('b', 3), found('c', 9)],
			[found('c', 2), found('a', 1)],
		]);
		expect(ranked.map((r) => [r.id, r.position])).toEqual([
			['c', 11],
			['a', 41],
		]);
	});

	it("keeps Pagefind's own result object, whose lifetime decides whether its fragment can still be loaded", () => {
		// pagefind.js releases a result's fragment in its worker when the result object is collected.
		const a = found('a', 1);
		const [ranked] = rankResults([[a], [found('a', 2)]]);
		expect(ranked.result).toBe(a);
	});

	it('keeps Pagefind order between pages that tie', () => {
		expect(rankResults([[found('x', 5), found('y', 5), found('z', 0)]]).map((r) => r.id)).toEqual(['z', 'x', 'y']);
	});
});

describe('textMatchesAll (the rule the benchmark checks search against)', () => {
	it('matches Han anywhere, and every word of a multi-word query', () => {
		expect(textMatchesAll('从事社会工作的人', ['会工'])).toBe(true);
		expect(textMatchesAll('失独老人 照护', ['失独老人', '照护'])).toBe(true);
		expect(textMatchesAll('失独老人', ['失独老人', '照护'])).toBe(false);
	});

	it('matches Latin words whole, ignoring case', () => {
		expect(textMatchesAll('两份pdf文件', ['PDF'])).toBe(true);
		expect(textMatchesAll('两份PDFs', ['PDF'])).toBe(false);
		expect(textMatchesAll('xPDF', ['PDF'])).toBe(false);
		expect(textMatchesAll('2024年度', ['2024年'])).toBe(true);
		expect(textMatchesAll('12024年', ['2024年'])).toBe(false);
	});
});

describe('search state in the URL', () => {
	it('round-trips the query and the selected filters, ignoring unknown keys', () => {
		const params = new URLSearchParams('q=入户&population=失独老人/失独家庭&population=空巢老人&type=案例&utm=x');
		const state = readSearchState(params, ['type', 'population', 'org']);
		expect(state).toEqual({ query: '入户', filters: { type: ['案例'], population: ['失独老人/失独家庭', '空巢老人'] } });
		expect(readSearchState(searchParamsFor(state), ['type', 'population'])).toEqual(state);
		expect(toPagefindFilters(state.filters)).toEqual({ type: { any: ['案例'] }, population: { any: ['失独老人/失独家庭', '空巢老人'] } });
	});
});
