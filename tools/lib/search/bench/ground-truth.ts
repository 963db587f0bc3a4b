/**
 * Ground truth for search, from the built site itself: the text each searchable page has in the
 * index (read from its HTML as the indexer reads it) and the pages that contain a query, by the
 * rule in term-pattern.ts. Independent of Pagefind, so it can judge any search.
 */
import { readBuiltPages } from '../../../../src/lib/search/built-pages';
import { planQuery } from '../../../../src/lib/search/query-plan';
import { textMatchesAll } from '../../../../src/lib/search/term-pattern';

export interface TruthPage {
	url: string;
	title: string;
	/** The page's indexed text, one block per line. */
	text: string;
}

export async function readTruthPages(outDir: string): Promise<TruthPage[]> {
	const pages: TruthPage[] = [];
	for await (const { url, page } of readBuiltPages(outDir)) pages.push({ url, title: page.title, text: page.blocks.join('\n') });
	return pages;
}

/** URLs of the pages that contain every word of the query. */
export function pagesContaining(pages: readonly TruthPage[], query: string): string[] {
	const words = planQuery(query).terms.map((term) => term.text);
	if (!words.length) return [];
	return pages.filter((page) => textMatchesAll(page.text, words)).map((page) => page.url);
}
