/**
 * Runs a planned query against Pagefind: one search per word, all at once, keeping the pages that
 * every word found, then puts the guide's older editions after everything else (editions.ts).
 *
 * Pagefind scores every exact-phrase result 1 and returns them in index order, so results are
 * ranked here by where the words first occur: a page with the word in its title comes first,
 * then pages with it in their opening lines. Pagefind's own BM25 ranking would take a second,
 * unquoted search per word, which costs 100 ms and more for a word on every page of a 2,000-page
 * site (measured with `npm run bench:search`).
 */
import { guideEditionsOf, orderByEdition, type EditionScope } from './editions';
import type { PagefindInstance, PagefindResult } from './pagefind-api';
import type { QueryPlan } from './query-plan';
import { toPagefindFilters, type SearchState } from './search-state';

export interface RankedResult {
	id: string;
	/** Sum over the query's words of the position where each first occurs; lower ranks higher. */
	position: number;
	/**
	 * Pagefind's own result object, whose `data()` loads the fragment. It must stay reachable for
	 * as long as the fragment may still be asked for: pagefind.js 1.6 searches in a web worker and
	 * registers each result object with a FinalizationRegistry that tells the worker to forget the
	 * result's fragment once the object is garbage-collected. Keeping only its `data` function
	 * (which does not hold the object) made `data()` resolve to null after the next collection,
	 * and every later page of results vanished (issue #17; tests/e2e/search-paging.test.ts forces
	 * a collection before each page).
	 */
	result: PagefindResult;
	/** The guide edition the page belongs to, for guide pages. */
	edition?: string;
}

export interface SearchOutcome {
	results: RankedResult[];
	/** Results left out because their guide edition is not selected. */
	otherEditions: number;
}

export async function runSearch(pagefind: PagefindInstance, plan: QueryPlan, filters: SearchState['filters'], scope: EditionScope): Promise<SearchOutcome> {
	const options = { filters: toPagefindFilters(filters) };
	// No words and no filters: nothing to list.
	if (plan.terms.length === 0 && Object.keys(options.filters).length === 0) return { results: [], otherEditions: 0 };
	const [responses, editionOf] = await Promise.all([
		plan.terms.length === 0 ? Promise.all([pagefind.search(null, options)]) : Promise.all(plan.terms.map((term) => pagefind.search(term.search, options))),
		guideEditionsOf(pagefind, scope.order),
	]);
	return orderByEdition(rankResults(responses.map((response) => response.results)), editionOf, scope);
}

/** The pages found for every word, earliest matches first (ties keep Pagefind's order). */
export function rankResults(lists: PagefindResult[][]): RankedResult[] {
	const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
	if (!shortest) return [];
	const positionsById = others.map((list) => new Map(list.map((found) => [found.id, firstPosition(found)])));
	return shortest
		.filter((found) => positionsById.every((positions) => positions.has(found.id)))
		.map((result) => ({
			id: result.id,
			result,
			position: positionsById.reduce((sum, positions) => sum + positions.get(result.id)!, firstPosition(result)),
		}))
		.sort((a, b) => a.position - b.position);
}

function firstPosition(found: PagefindResult): number {
	return found.words.length ? Math.min(...found.words) : 0;
}
