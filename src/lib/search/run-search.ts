/**
 * Runs a planned query against Pagefind: one search per word, all at once, keeping the pages that
 * every word found.
 *
 * Pagefind scores every exact-phrase result 1 and returns them in index order, so results are
 * ranked here by where the words first occur: a page with the word in its title comes first,
 * then pages with it in their opening lines. Pagefind's own BM25 ranking would take a second,
 * unquoted search per word, which costs 100 ms and more for a word on every page of a 2,000-page
 * site (measured with `npm run bench:search`).
 */
import type { PagefindInstance, PagefindFragment } from './pagefind-api';
import type { QueryPlan } from './query-plan';
import { toPagefindFilters, type SearchState } from './search-state';

export interface RankedResult {
	id: string;
	/** Sum over the query's words of the position where each first occurs; lower ranks higher. */
	position: number;
	data(): Promise<PagefindFragment>;
}

type Found = Pick<RankedResult, 'id' | 'data'> & { words: number[] };

const firstPosition = (found: Found) => (found.words.length ? Math.min(...found.words) : 0);

export async function runSearch(pagefind: PagefindInstance, plan: QueryPlan, filters: SearchState['filters']): Promise<RankedResult[]> {
	const options = { filters: toPagefindFilters(filters) };
	if (plan.terms.length === 0) {
		// No words: list what the filters select, or nothing at all.
		if (Object.keys(options.filters).length === 0) return [];
		return rankResults([(await pagefind.search(null, options)).results]);
	}
	const responses = await Promise.all(plan.terms.map((term) => pagefind.search(term.search, options)));
	return rankResults(responses.map((response) => response.results));
}

/** The pages found for every word, earliest matches first (ties keep Pagefind's order). */
export function rankResults(lists: Found[][]): RankedResult[] {
	const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
	if (!shortest) return [];
	const positionsById = others.map((list) => new Map(list.map((found) => [found.id, firstPosition(found)])));
	return shortest
		.filter((found) => positionsById.every((positions) => positions.has(found.id)))
		.map(({ id, data, words }) => ({
			id,
			data,
			position: positionsById.reduce((sum, positions) => sum + positions.get(id)!, firstPosition({ id, data, words })),
		}))
		.sort((a, b) => a.position - b.position);
}
