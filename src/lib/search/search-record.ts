/**
 * The record Pagefind indexes for one page: the token stream as its content, the title as its
 * only metadata and the filter values from the page's search metadata. Pagefind also makes meta
 * values searchable, so organisations and the type are kept as filters (which are not searched)
 * and read back from there for display.
 */
import type { CustomRecord } from 'pagefind';
import { allCollections } from '../../schemas';
import type { IndexedPage } from './extract-indexed-page';
import { INDEX_LANGUAGE } from './index-language';
import { tokenStream } from './tokenize';

/** A page without search metadata is one Starlight rendered from content: its type is that collection's. */
const STARLIGHT_TYPE = allCollections.find((collection) => collection.starlightPages)!.labelSingular;

export function toSearchRecord(page: IndexedPage, url: string): CustomRecord {
	const filters: Record<string, string[]> = { type: [page.meta?.type ?? STARLIGHT_TYPE] };
	for (const [key, values] of Object.entries(page.meta?.filters ?? {})) if (values?.length) filters[key] = values;
	return {
		url,
		content: tokenStream(page.blocks),
		language: INDEX_LANGUAGE,
		meta: { title: page.title || url },
		filters,
	};
}
