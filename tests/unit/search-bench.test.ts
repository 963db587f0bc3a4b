/**
 * The benchmark's own logic: ground truth from indexed text, scores, query sets and the results
 * file, so that a figure it prints means what it says.
 */
import { describe, expect, it } from 'vitest';
import { pagesContaining } from '../../tools/lib/search/bench/ground-truth';
import { listsOtherThanReported, scoreSet } from '../../tools/lib/search/bench/metrics';
import { buildQuerySets } from '../../tools/lib/search/bench/query-sets';
import { withSection } from '../../tools/lib/search/bench/report';

const pages = [
	{ url: '/a/', title: 'A', text: '社工运用社会工作方法\n在社区开展探访 PDF' },
	{ url: '/b/', title: 'B', text: '社区居民在家门口参加活动\n2024年度报告' },
];

describe('ground truth', () => {
	it('lists the pages containing every word, never across a block', () => {
		expect(pagesContaining(pages, '会工')).toEqual(['/a/']);
		expect(pagesContaining(pages, '社区 在')).toEqual(['/a/', '/b/']);
		expect(pagesContaining(pages, '方法在')).toEqual([]);
		expect(pagesContaining(pages, '2024年')).toEqual(['/b/']);
	});
});

describe('scoreSet', () => {
	it('averages recall over answered queries and precision over queries that returned pages', () => {
		const score = scoreSet([
			{ query: 'a', truth: ['/1/', '/2/'], found: ['/1/'], ms: 10, warmMs: 5, warmSearchMs: 1 },
			{ query: 'b', truth: ['/1/'], found: ['/1/', '/3/'], ms: 20, warmMs: 6, warmSearchMs: 2 },
			{ query: 'c', truth: [], found: ['/4/'], ms: 30, warmMs: 7, warmSearchMs: 3 },
			{ query: 'd', truth: ['/5/'], found: [], ms: 40, warmMs: 8, warmSearchMs: 4 },
		]);
		expect(score).toMatchObject({ queries: 4, missed: 1, spurious: 1, medianMs: 20, warmMedianMs: 6, warmSearchMedianMs: 2 });
		expect(score.recall).toBeCloseTo((0.5 + 1 + 0) / 3);
		expect(score.precision).toBeCloseTo((1 + 0.5 + 0) / 3);
	});
});

describe('listed against reported', () => {
	const outcome = (found: string[], listed: { count: number; unavailable: number; reported: number }) => ({ query: 'q', truth: found, found, listed, ms: 1, warmMs: 1, warmSearchMs: 1 });

	it('flags a page that lists fewer results than it reports, or one twice', () => {
		expect(listsOtherThanReported(outcome(['/a/', '/b/'], { count: 2, unavailable: 0, reported: 2 }))).toBe(false);
		// The case: the count says 419, paging stops short.
		expect(listsOtherThanReported(outcome(['/a/'], { count: 1, unavailable: 0, reported: 2 }))).toBe(true);
		expect(listsOtherThanReported(outcome(['/a/'], { count: 1, unavailable: 1, reported: 2 }))).toBe(true);
		expect(listsOtherThanReported(outcome(['/a/', '/a/'], { count: 2, unavailable: 0, reported: 2 }))).toBe(true);
	});

	it('counts those queries in the set score, which fails the benchmark', () => {
		const score = scoreSet([outcome(['/a/'], { count: 1, unavailable: 0, reported: 3 }), outcome(['/b/'], { count: 1, unavailable: 0, reported: 1 })]);
		expect(score.countMismatches).toBe(1);
	});
});

describe('query sets', () => {
	it('are the same on every run and drawn from the pages', () => {
		const sets = buildQuerySets(pages, 7);
		expect(buildQuerySets(pages, 7)).toEqual(sets);
		const substrings = sets.find((set) => set.name.includes('random'))!.queries;
		expect(substrings.length).toBeGreaterThan(0);
		for (const query of substrings) expect(pagesContaining(pages, query).length).toBeGreaterThan(0);
	});
});

describe('the results file', () => {
	it('replaces a corpus section in place and keeps the others', () => {
		const first = withSection('', 'starter', '## starter: 1 page\n\nold\n');
		const both = withSection(first, 'n2000', '## n2000: 2 pages\n\nbig\n');
		const updated = withSection(both, 'starter', '## starter: 1 page\n\nnew\n');
		expect(updated).toContain('new');
		expect(updated).not.toContain('old');
		expect(updated.indexOf('## starter')).toBeLessThan(updated.indexOf('## n2000'));
		expect(updated.startsWith('# Search benchmark')).toBe(true);
	});
});
