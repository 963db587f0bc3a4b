/**
 * loadFragment: a fragment that fails to load, or that pagefind.js answers with null, is asked
 * for again, and one that never arrives is an error, not nothing. Pagefind's data() is replaced by
 * a function here; the browser tests (tests/e2e/search-results.test.ts) make real downloads fail.
 */
import { describe, expect, it } from 'vitest';
import { loadFragment } from '../../src/lib/search/load-fragment';
import type { PagefindFragment } from '../../src/lib/search/pagefind-api';

const fragment: PagefindFragment = { url: '/cases/a/', content: '', meta: { title: 'A' }, filters: {} };
const quick = { attempts: 3, delayMs: 1 };

function flaky(answers: (PagefindFragment | null | Error)[]) {
	let calls = 0;
	return {
		id: 'r1',
		get calls() {
			return calls;
		},
		data: async () => {
			const answer = answers[Math.min(calls++, answers.length - 1)];
			if (answer instanceof Error) throw answer;
			return answer;
		},
	};
}

describe('loadFragment', () => {
	it('asks again after a failed download or a null answer', async () => {
		const result = flaky([new Error('Failed to fetch'), null, fragment]);
		expect(await loadFragment(result, quick)).toBe(fragment);
		expect(result.calls).toBe(3);
	});

	it('asks once when the first answer is there', async () => {
		const result = flaky([fragment]);
		await loadFragment(result, quick);
		expect(result.calls).toBe(1);
	});

	it('fails with the last reason after the last try', async () => {
		await expect(loadFragment(flaky([new Error('Failed to fetch')]), quick)).rejects.toThrow('Failed to fetch');
		await expect(loadFragment(flaky([null]), quick)).rejects.toThrow('Pagefind returned no fragment for result r1');
	});
});
