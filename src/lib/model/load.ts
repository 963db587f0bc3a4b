/**
 * Loads every collection once and shapes it into the SiteModel the routes render from: once per
 * build, and in `astro dev` once per version of the content. After an edit Astro invalidates its
 * content store module, and Vite invalidates everything that imports it, this module included, so
 * the next request evaluates it afresh and the cache starts empty (tests/build/dev-edit.test.ts
 * fails if an edit ever stops showing). Reshaping per call cost a page twice (its paths, then
 * itself): sorting 1,600 case titles in pinyin order alone takes 90 ms.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { perCollectionAsync, type CollectionName } from '../../schemas';
import type { Entry, LoadedContent, SiteModel } from './types';
import { shapeSite } from './shape-site';

/** What Astro loaded, typed per collection by src/content.config.ts (which builds it from the registry). */
type AstroContent = { [N in CollectionName]: CollectionEntry<N>[] };

let cached: Promise<SiteModel> | undefined;
/** The entry Astro loaded behind each entry of the site model: the same object, with Astro's own type. */
const astroEntries = new WeakMap<object, CollectionEntry<CollectionName>>();

export function loadSite(): Promise<SiteModel> {
	cached ??= readContent().then(shapeSite);
	return cached;
}

/** Renders an entry of the site model (its body and headings), as Astro's `render` does. */
export function renderEntry(entry: Entry<unknown>): ReturnType<typeof render> {
	const loaded = astroEntries.get(entry);
	if (!loaded) throw new Error(`${entry.id}: not an entry of the loaded site`);
	return render(loaded);
}

/** One loop over the registry; a file collection's one entry comes back as a list of one. */
async function readContent(): Promise<LoadedContent> {
	const content = await perCollectionAsync<AstroContent>((name) => getCollection(name));
	for (const list of Object.values(content)) for (const entry of list) astroEntries.set(entry, entry);
	return content;
}
