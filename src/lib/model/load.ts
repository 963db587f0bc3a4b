/**
 * Loads every collection once and shapes it into the SiteModel the routes render from: once per
 * build, and in `astro dev` once per version of the content. After an edit Astro invalidates its
 * content store module, and Vite invalidates everything that imports it, this module included, so
 * the next request evaluates it afresh and the cache starts empty (tests/build/dev-edit.test.ts
 * fails if an edit ever stops showing). Reshaping per call cost a page twice (its paths, then
 * itself): sorting 1,600 case titles in pinyin order alone takes 90 ms.
 */
import { getCollection, getEntry } from 'astro:content';
import type { Brief } from '../../schemas/briefs';
import type { Case } from '../../schemas/cases';
import type { Module, Session } from '../../schemas/curriculum';
import type { NetworkEvent } from '../../schemas/events';
import type { Term } from '../../schemas/glossary';
import type { GuideEditionsFile, GuideSection } from '../../schemas/guide';
import type { CollectionName } from '../../schemas';
import type { Organisation } from '../../schemas/organisations';
import type { Page } from '../../schemas/pages';
import type { Tool } from '../../schemas/tools';
import type { Credit, Entry, SiteModel } from './types';
import { shapeSite, type LoadedContent } from './shape-site';
/**
 * src/content.config.ts builds the collections from the schema registry in a loop, so Astro's
 * generated types cannot tell one collection's data from another's. The data was validated
 * against the schema named here when it was loaded; this says so to TypeScript.
 */
const entries = <T>(name: CollectionName) => getCollection(name) as Promise<Entry<T>[]>;
const fileEntry = async <T>(name: CollectionName) => (await getEntry(name, name)) as Entry<T> | undefined;

let cached: Promise<SiteModel> | undefined;

export function loadSite(): Promise<SiteModel> {
	cached ??= readContent().then(shapeSite);
	return cached;
}

async function readContent(): Promise<LoadedContent> {
	const [organisations, guide, cases, briefs, modules, sessions, tools, events, pages, editionsEntry, glossaryEntry] = await Promise.all([
		entries<Organisation>('organisations'),
		entries<GuideSection>('guide'),
		entries<Case>('cases'),
		entries<Brief>('briefs'),
		entries<Module>('modules'),
		entries<Session>('sessions'),
		entries<Tool>('tools'),
		entries<NetworkEvent>('events'),
		entries<Partial<Page> & { title: string }>('docs'),
		fileEntry<GuideEditionsFile>('editions'),
		fileEntry<{ credits: Credit[]; terms: Term[] }>('glossary'),
	]);
	return { organisations, guide, cases, briefs, modules, sessions, tools, events, pages, editionsEntry, glossaryEntry };
}

