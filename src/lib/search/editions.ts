/**
 * The guide's editions in search. Every guide page is indexed with its edition as the `edition`
 * filter value (filters.ts); the search puts older editions' pages after all others, newest
 * edition first, marks them, and on the search page lists only the editions the 版本 filter
 * selects (the current one unless the URL says otherwise). Pages outside the guide have no edition
 * and are never left out by it.
 *
 * The edition is not a Pagefind filter of the search itself: a Pagefind filter would drop every
 * page that has no value for it. Instead each edition's pages are looked up once, with a
 * filter-only search, and the answer is ordered and filtered here.
 */
import type { GuideEditionView } from '../model/types';
import type { PagefindInstance } from './pagefind-api';

/** The URL parameter and filter value key of the 版本 filter. */
export const EDITION_KEY = 'edition' as const;
/** The 版本 filter's value for "every edition". */
export const ALL_EDITIONS = 'all';

/** What the browser needs to know of the editions, from content/guide/editions.yaml and the edition folders. */
export interface SearchEdition {
	slug: string;
	title: string;
	current: boolean;
}

export function searchEditions(editions: readonly GuideEditionView[]): SearchEdition[] {
	return editions.map(({ slug, title, current }) => ({ slug, title, current }));
}

export interface EditionScope {
	/** Every edition, current first, then the older ones newest first. */
	order: string[];
	/** The editions whose pages are listed. */
	include: string[];
}

/** The editions listed for a 版本 choice: one edition, all of them, or (no choice) the current one. */
export function editionScope(editions: readonly SearchEdition[], choice: string | undefined): EditionScope {
	const order = [...editions.filter((e) => e.current), ...editions.filter((e) => !e.current)].map((e) => e.slug);
	if (choice === ALL_EDITIONS) return { order, include: order };
	return { order, include: order.includes(choice ?? '') ? [choice!] : order.slice(0, 1) };
}

/** The label a result from an older edition carries, e.g. 旧版 · 2024. */
export function oldEditionLabel(slug: string): string {
	return `旧版 · ${slug}`;
}

let loadingEditions: Promise<SearchEdition[]> | undefined;

/** The editions, from the JSON the build writes (src/pages/search-editions.json.ts); fetched once per page. */
export function loadSearchEditions(url: string): Promise<SearchEdition[]> {
	loadingEditions ??= fetch(url).then((response) => {
		if (!response.ok) throw new Error(`${response.status} fetching ${url}`);
		return response.json() as Promise<SearchEdition[]>;
	});
	loadingEditions.catch(() => (loadingEditions = undefined));
	return loadingEditions;
}

const lookups = new WeakMap<PagefindInstance, Promise<Map<string, string>>>();

/** Pagefind result id → edition, for every guide page; asked once per Pagefind instance. */
export function guideEditionsOf(pagefind: PagefindInstance, slugs: readonly string[]): Promise<Map<string, string>> {
	let lookup = lookups.get(pagefind);
	if (!lookup) {
		lookup = Promise.all(slugs.map(async (slug) => ({ slug, response: await pagefind.search(null, { filters: { [EDITION_KEY]: { any: [slug] } } }) }))).then(
			(answers) => new Map(answers.flatMap(({ slug, response }) => response.results.map((result) => [result.id, slug] as const))),
		);
		lookups.set(pagefind, lookup);
		lookup.catch(() => lookups.delete(pagefind));
	}
	return lookup;
}

/**
 * Leaves out the pages of editions not in scope and moves older editions' pages after the rest,
 * keeping the order within each edition (the current edition's pages stay where they rank).
 */
export function orderByEdition<T extends { id: string }>(
	results: readonly T[],
	editionOf: ReadonlyMap<string, string>,
	scope: EditionScope,
): { results: (T & { edition?: string })[]; otherEditions: number } {
	const tier = (edition: string | undefined) => (edition === undefined ? 0 : scope.order.indexOf(edition));
	const withEdition = results.map((result) => ({ ...result, edition: editionOf.get(result.id) }));
	const listed = withEdition.filter((result) => result.edition === undefined || scope.include.includes(result.edition));
	return {
		results: listed.map((result, index) => ({ result, index })).sort((a, b) => tier(a.result.edition) - tier(b.result.edition) || a.index - b.index).map(({ result }) => result),
		otherEditions: withEdition.length - listed.length,
	};
}
