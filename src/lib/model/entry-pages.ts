/**
 * The page of every entry, keyed by its URL: the entry, the title and kind a reader sees, and who
 * is credited. Share cards and the reader's "changed since your last visit" stamp read it.
 */
import { allCollections, type CollectionDefinition } from '../../schemas';
import { collectionEntries } from './collection-entries';
import type { Credit, Entry, SiteModel } from './types';

export interface EntryPage {
	url: string;
	title: string;
	/** What kind of page, e.g. 案例. */
	kind: string;
	credits: Credit[];
	entry: Entry<object>;
	/** The registry's declaration of the entry's collection. */
	collection: CollectionDefinition;
}

const cache = new WeakMap<SiteModel, Map<string, EntryPage>>();

export function entryPages(site: SiteModel): Map<string, EntryPage> {
	const cached = cache.get(site);
	if (cached) return cached;
	const pages = new Map<string, EntryPage>();
	cache.set(site, pages);
	const add = (url: string, kind: string, title: string, entry: Entry<object>, collection: CollectionDefinition) =>
		pages.set(url, { url, kind, title, credits: (entry.data as { credits?: Credit[] }).credits ?? [], entry, collection });
	for (const definition of allCollections) {
		if (definition.kind !== 'folder') continue;
		for (const { entry, place, editionTitle } of collectionEntries(site, definition, 'all')) {
			const kind = editionTitle ? `${definition.label} · ${editionTitle}` : definition.labelSingular;
			add(definition.url(entry, place), kind, definition.title(entry), entry, definition);
		}
	}
	return pages;
}
