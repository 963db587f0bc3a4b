/**
 * Loads every collection once and shapes it into the SiteModel the routes render from: once per
 * build, and in `astro dev` once per version of the content. After an edit Astro invalidates its
 * content store module, and Vite invalidates everything that imports it, this module included, so
 * the next request evaluates it afresh and the cache starts empty (tests/build/dev-edit.test.ts
 * fails if an edit ever stops showing). Reshaping per call cost a page twice (its paths, then
 * itself): sorting 1,600 case titles in pinyin order alone takes 90 ms.
 */
import { getCollection } from 'astro:content';
import { collections, type CollectionName } from '../../schemas';
import type { LoadedContent, SiteModel } from './types';
import { shapeSite } from './shape-site';

let cached: Promise<SiteModel> | undefined;

export function loadSite(): Promise<SiteModel> {
	cached ??= readContent().then(shapeSite);
	return cached;
}

/** One loop over the registry; a file collection's one entry comes back as a list of one. */
async function readContent(): Promise<LoadedContent> {
	const lists = await Promise.all(collections.map(async ({ name }: { name: CollectionName }) => [name, await getCollection(name)] as const));
	// src/content.config.ts validated each collection against its registry schema when it was loaded.
	return Object.fromEntries(lists) as unknown as LoadedContent;
}
