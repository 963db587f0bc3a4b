/**
 * A result's fragment (its title, URL, filters and text), asked of Pagefind again when the first
 * try fails: a fragment is a separate small file, and on a slow or flaky connection one of the
 * many a results page fetches can fail. Pagefind forgets a failed fetch, so asking again fetches
 * the file again. A fragment that never arrives is an error, never silently nothing: the search
 * element shows it as an item of its own, so the list keeps as many items as the count says.
 */
import type { PagefindFragment, PagefindResult } from './pagefind-api';

export interface RetryOptions {
	/** Tries in all, the first included. */
	attempts: number;
	/** Pause before the second try; doubled before each further one. */
	delayMs: number;
}

const DEFAULT_RETRY: RetryOptions = { attempts: 3, delayMs: 250 };

export async function loadFragment(result: Pick<PagefindResult, 'id' | 'data'>, { attempts, delayMs }: RetryOptions = DEFAULT_RETRY): Promise<PagefindFragment> {
	let failure: unknown;
	for (let attempt = 1; attempt <= attempts; attempt++) {
		if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** (attempt - 2)));
		try {
			const fragment = await result.data();
			// pagefind.js answers null for a result its worker no longer knows (see run-search.ts).
			if (fragment) return fragment;
			failure = new Error(`Pagefind returned no fragment for result ${result.id}`);
		} catch (error) {
			failure = error;
		}
	}
	throw failure;
}
