/**
 * The part of pagefind.js's browser API that search uses (https://pagefind.app/docs/api/).
 * pagefind.js is written by the build into /pagefind/ and loaded at run time, so it has no types.
 */

/** What Pagefind stores for one page: our token stream as `content`, the title as meta, the filters. */
export interface PagefindFragment {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

export interface PagefindResult {
	id: string;
	score: number;
	/** Word positions of the match; for an exact phrase, of its first occurrence only. */
	words: number[];
	/** Null when the web worker no longer holds the result (see run-search.ts). */
	data(): Promise<PagefindFragment | null>;
}

export interface PagefindResponse {
	results: PagefindResult[];
}

/** Within one filter any selected value may match; across filters all must. */
export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindSearchOptions {
	filters?: PagefindFilters;
}

export interface PagefindInstance {
	init(): Promise<void>;
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
	preload(term: string, options?: PagefindSearchOptions): Promise<void>;
	/** Adds another bundle's index to every search; it shares the first bundle's wasm. */
	mergeIndex(basePath: string, options?: { baseUrl?: string }): Promise<void>;
}

export interface PagefindModule {
	createInstance(options: { basePath: string; baseUrl: string }): PagefindInstance;
}
