/**
 * What a search is — the query and the selected filter values — and its URL, so that a search
 * with filters is a link: /search/?q=入户&population=失独老人&district=北京市朝阳区.
 * Filter keys are the names the filter panel's checkboxes carry (see filters.ts).
 */
import type { PagefindFilters } from './pagefind-api';

export interface SearchState {
	query: string;
	/** Selected values per filter key; a key without values does not filter. */
	filters: Record<string, string[]>;
}

export function readSearchState(params: URLSearchParams, filterKeys: readonly string[]): SearchState {
	const filters: Record<string, string[]> = {};
	for (const key of filterKeys) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length) filters[key] = values;
	}
	return { query: params.get('q') ?? '', filters };
}

export function searchParamsFor(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
	return params;
}

export function hasFilters(state: SearchState): boolean {
	return Object.values(state.filters).some((values) => values.length > 0);
}

export function toPagefindFilters(filters: SearchState['filters']): PagefindFilters {
	return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length).map(([key, values]) => [key, { any: values }]));
}
