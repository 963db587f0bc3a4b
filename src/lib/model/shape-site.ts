/**
 * Shapes loaded collections into the SiteModel the routes render from. Free of astro:content, so
 * the content check can shape the entries it read into the very model the pages are built from
 * (and so derive the site's URLs from the same code).
 */
import type { Brief } from '../../schemas/briefs';
import type { Case } from '../../schemas/cases';
import type { Module, Session } from '../../schemas/curriculum';
import type { NetworkEvent } from '../../schemas/events';
import type { Term } from '../../schemas/glossary';
import type { GuideEditionsFile, GuideSection } from '../../schemas/guide';
import type { Organisation } from '../../schemas/organisations';
import type { Page } from '../../schemas/pages';
import type { Tool } from '../../schemas/tools';
import type { Credit, Entry, GuideEditionView, SiteModel } from './types';
import { byOrder, bySectionNumber, byTitle } from './order';
import { authorResolver } from '../attribution/identities';

export interface LoadedContent {
	organisations: Entry<Organisation>[];
	guide: Entry<GuideSection>[];
	cases: Entry<Case>[];
	briefs: Entry<Brief>[];
	modules: Entry<Module>[];
	sessions: Entry<Session>[];
	tools: Entry<Tool>[];
	events: Entry<NetworkEvent>[];
	pages: Entry<Partial<Page> & { title: string }>[];
	editionsEntry?: Entry<GuideEditionsFile>;
	glossaryEntry?: Entry<{ credits: Credit[]; terms: Term[] }>;
}

export function shapeSite({ organisations, guide, cases, briefs, modules, sessions, tools, events, pages, editionsEntry, glossaryEntry }: LoadedContent): SiteModel {
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
			reopened: row?.reopened ?? false,
			current: index === 0,
			sections: sections.filter((section) => section.id.startsWith(`${slug}/`)).sort(bySectionNumber),
		};
	});
}
