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

/** One page of the site shown from content: every entry of every collection, older editions included. */
interface SitePage {
	definition: CollectionDefinition;
	entry: ModelEntry;
	url: string;
	title: string;
	editionTitle?: string;
}

interface SitePages {
	all: SitePage[];
	byUrl?: Map<string, EntryPage>;
	byFile?: Map<string, ContentPage>;
}

const cache = new WeakMap<SiteModel, SitePages>();

/** The one loop over the registry; each index below is built from it when first asked for (the CMS's save check never asks for files). */
function sitePages(site: SiteModel): SitePages {
	const cached = cache.get(site);
	if (cached) return cached;
	const all = allCollections.flatMap((definition) =>
		collectionEntries(site, definition, 'all').map(({ entry, place, editionTitle }) => ({ definition, entry, url: definition.url(entry, place), title: definition.title(entry), editionTitle })),
	);
	const pages: SitePages = { all };
	cache.set(site, pages);
	return pages;
}

/** Every entry's page, by URL. */
export function entryPages(site: SiteModel): Map<string, EntryPage> {
	const pages = sitePages(site);
	pages.byUrl ??= new Map(
		pages.all.flatMap(({ definition, entry, url, title, editionTitle }) => {
			if (definition.kind !== 'folder') return [];
			const kind = editionTitle ? `${definition.label} · ${editionTitle}` : definition.labelSingular;
			const credits = ('credits' in entry.data ? entry.data.credits : undefined) ?? [];
			return [[url, { url, kind, title, credits, entry, collection: definition }] as const];
		}),
	);
	return pages.byUrl;
}

/** The page that shows each content file, by the file's path relative to the content root. */
export function contentPages(site: SiteModel): Map<string, ContentPage> {
	const pages = sitePages(site);
	pages.byFile ??= new Map(
		pages.all.flatMap(({ definition, entry, url, title, editionTitle }) => {
			if (!definition.history || !entry.filePath) return [];
			const page = { title: editionTitle ? `${editionTitle} ${title}` : title, url, kind: definition.kind === 'file' ? definition.label : definition.labelSingular };
			return [[contentPathOf(entry.filePath), page] as const];
		}),
	);
	return pages.byFile;
}
