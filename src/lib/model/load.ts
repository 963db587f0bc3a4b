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
import type { Credit, Entry, GuideEditionView, SiteModel } from './types';
import { byOrder, bySectionNumber, byTitle } from './order';
import { authorResolver } from '../attribution/identities';

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

type LoadedContent = Awaited<ReturnType<typeof readContent>>;

async function readContent() {
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

function shapeSite({ organisations, guide, cases, briefs, modules, sessions, tools, events, pages, editionsEntry, glossaryEntry }: LoadedContent): SiteModel {
	const editions = shapeEditions(editionsEntry?.data, guide);
	const currentEdition = editions.find((edition) => edition.current);
	if (!currentEdition) throw new Error('No guide edition found: content/guide/<edition>/ and guide/editions.yaml are required.');

	return {
		organisations,
		orgNames: new Map(organisations.map((org) => [org.id, org.data.short_name ?? org.data.name])),
		organisationOfAuthor: authorResolver(organisations.map((org) => ({ id: org.id, editors: org.data.editors }))),
		editions,
		currentEdition,
		cases: [...cases].sort(byTitle),
		briefs,
		modules: [...modules].sort(byOrder),
		sessions: [...sessions].sort(byOrder),
		tools,
		events: [...events].sort((a, b) => b.data.date.localeCompare(a.data.date)),
		glossary: {
			credits: glossaryEntry?.data.credits ?? [],
			terms: glossaryEntry?.data.terms ?? [],
			filePath: glossaryEntry?.filePath,
		},
		editionsFilePath: editionsEntry?.filePath,
		pages: pages.map((page) => ({ id: page.id, data: page.data, filePath: page.filePath })),
	};
}

/** Editions newest first; the newest folder is the current edition. */
function shapeEditions(file: GuideEditionsFile | undefined, sections: Entry<GuideSection>[]): GuideEditionView[] {
	const rows = file?.editions ?? [];
	const slugs = [...new Set(sections.map((section) => section.id.split('/')[0]))].sort().reverse();
	return slugs.map((slug, index) => {
		const row = rows.find((r) => r.slug === slug);
		return {
			slug,
			title: row?.title ?? `${slug} 版`,
			published: row?.published ?? '',
			summary: row?.summary ?? '',
			current: index === 0,
			sections: sections.filter((section) => section.id.startsWith(`${slug}/`)).sort(bySectionNumber),
		};
	});
}
