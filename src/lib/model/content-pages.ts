/**
 * Which page shows each content file: its title and URL, keyed by the file's path relative to the
 * content root. History pages, the updates feed and organisation profiles use it to link a commit's
 * files to the pages readers know. Every collection the registry gives history pages is listed.
 */
import { allCollections, type CollectionDefinition } from '../../schemas';
import { contentPathOf } from '../content/paths';
import { collectionEntries } from './collection-entries';
import type { SiteModel } from './types';

export interface ContentPage {
	title: string;
	url: string;
	/** Chinese name of the kind of content, e.g. 案例. */
	kind: string;
}

const cache = new WeakMap<SiteModel, Map<string, ContentPage>>();

/** A file collection's one page shows the whole file, so it is named after the collection. */
const kindOf = (definition: CollectionDefinition) => (definition.kind === 'file' ? definition.label : definition.labelSingular);

/** Computed once per loaded site: every history page and the feeds look up into it. */
export function contentPages(site: SiteModel): Map<string, ContentPage> {
	const cached = cache.get(site);
	if (cached) return cached;
	const pages = new Map<string, ContentPage>();
	cache.set(site, pages);
	for (const definition of allCollections) {
		if (!definition.history) continue;
		for (const { entry, place, editionTitle } of collectionEntries(site, definition, 'all')) {
			if (!entry.filePath) continue;
			const title = definition.title(entry);
			pages.set(contentPathOf(entry.filePath), {
				title: editionTitle ? `${editionTitle} ${title}` : title,
				url: definition.url(entry, place),
				kind: kindOf(definition),
			});
		}
	}
	return pages;
}
