/**
 * The page of every entry and of every content file, from one loop over the registry, computed
 * once per loaded site and read two ways:
 * - by URL (`entryPages`): each folder collection's entry pages, with the title and kind a reader
 *   sees and who is credited. Share cards, feeds and the reader's "changed since your last visit"
 *   stamp read it.
 * - by file (`contentPages`): which page shows each content file, keyed by its path relative to the
 *   content root. History pages, the updates feed and organisation profiles use it to link a
 *   commit's files to the pages readers know. Every collection the registry gives history pages
 *   is listed.
 */
import { allCollections, type CollectionDefinition } from '../../schemas';
import { contentPathOf } from '../content/paths';
import { collectionEntries, type ModelEntry } from './collection-entries';
import type { Credit, SiteModel } from './types';

export interface EntryPage {
	url: string;
	title: string;
	/** What kind of page, e.g. 案例; a section of the guide names its edition (入户工作指引 · 2024 版). */
	kind: string;
	credits: Credit[];
	entry: ModelEntry;
	/** The registry's declaration of the entry's collection. */
	collection: CollectionDefinition;
}

export interface ContentPage {
	/** The page's title; a section of the guide is named with its edition (2024 版 1.2 总则). */
	title: string;
	url: string;
	/** Chinese name of the kind of content, e.g. 案例; a file collection's one page by the collection's name. */
	kind: string;
}

interface SitePages {
	byUrl: Map<string, EntryPage>;
	byFile: Map<string, ContentPage>;
}

const cache = new WeakMap<SiteModel, SitePages>();

function sitePages(site: SiteModel): SitePages {
	const cached = cache.get(site);
	if (cached) return cached;
	const pages: SitePages = { byUrl: new Map(), byFile: new Map() };
	cache.set(site, pages);
	for (const definition of allCollections) {
		for (const { entry, place, editionTitle } of collectionEntries(site, definition, 'all')) {
			const url = definition.url(entry, place);
			const title = definition.title(entry);
			if (definition.kind === 'folder') {
				const kind = editionTitle ? `${definition.label} · ${editionTitle}` : definition.labelSingular;
				const credits = ('credits' in entry.data ? entry.data.credits : undefined) ?? [];
				pages.byUrl.set(url, { url, kind, title, credits, entry, collection: definition });
			}
			if (definition.history && entry.filePath) {
				pages.byFile.set(contentPathOf(entry.filePath), {
					title: editionTitle ? `${editionTitle} ${title}` : title,
					url,
					kind: definition.kind === 'file' ? definition.label : definition.labelSingular,
				});
			}
		}
	}
	return pages;
}

/** Every entry's page, by URL. */
export const entryPages = (site: SiteModel): Map<string, EntryPage> => sitePages(site).byUrl;

/** The page that shows each content file, by the file's path relative to the content root. */
export const contentPages = (site: SiteModel): Map<string, ContentPage> => sitePages(site).byFile;
