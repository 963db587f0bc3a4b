/**
 * What a search is — the query, the selected filter values and the guide edition — and its URL,
 * so that a search with filters is a link: /search/?q=入户&population=失独老人&edition=2024.
 * Filter keys are the names the filter panel's checkboxes carry (see filters.ts).
 */
import { EDITION_KEY } from './editions';
import type { PagefindFilters } from './pagefind-api';

export interface SearchState {
	query: string;
	/** Selected values per filter key; a key without values does not filter. */
	filters: Record<string, string[]>;
	/** The 版本 choice (an edition's slug or `all`); absent means the default, the current edition. */
	edition?: string;
}

export function readSearchState(params: URLSearchParams, filterKeys: readonly string[]): SearchState {
	const filters: Record<string, string[]> = {};
	for (const key of filterKeys) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length) filters[key] = values;
	}
	const edition = params.get(EDITION_KEY) || undefined;
	return { query: params.get('q') ?? '', filters, ...(edition ? { edition } : {}) };
}

export function searchParamsFor(state: SearchState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const [key, values] of Object.entries(state.filters)) for (const value of values) params.append(key, value);
	if (state.edition) params.set(EDITION_KEY, state.edition);
	return params;
}

export function hasFilters(state: SearchState): boolean {
	return Object.values(state.filters).some((values) => values.length > 0);
}

export function toPagefindFilters(filters: SearchState['filters']): PagefindFilters {
	return Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length).map(([key, values]) => [key, { any: values }]));
}
