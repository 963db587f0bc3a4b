/**
 * The Atom feeds a reader can follow besides the site-wide one: one per organisation (everything
 * it is credited on, and its profile), per guide chapter (the section in every edition), per case
 * population and per brief status. Each lists the pages it covers, newest change first, and
 * names the pages that link it with <link rel="alternate">.
 */
import { caseFacets, facetValueSegment, groupByFacet } from '../facets';
import { currentStatus } from '../model/briefs';
import { entryPages, type EntryPage } from '../model/entry-pages';
import type { SiteModel } from '../model/types';
import { facetSlug, routes } from '../routes';
import { briefStatuses } from '../../schemas/taxonomies';

export type TopicKind = 'organisation' | 'chapter' | 'population' | 'status';

export interface TopicFeed {
	kind: TopicKind;
	/** Feed title as a feed reader lists it. */
	title: string;
	/** The feed's own URL. */
	url: string;
	/** Pages that announce the feed (rel="alternate"); paging pages of a list are matched by their first page. */
	pages: string[];
	/** The pages the feed follows. */
	entries: EntryPage[];
}

/** Headings of the feed list on /updates/, in its order. */
export const topicKindLabels: Record<TopicKind, string> = {
	organisation: '按机构',
	chapter: '按指引章节',
	population: '按服务人群（案例）',
	status: '按政策建议状态',
};

const cache = new WeakMap<SiteModel, TopicFeed[]>();

export function topicFeeds(site: SiteModel): TopicFeed[] {
	const cached = cache.get(site);
	if (cached) return cached;
	const pages = entryPages(site);
	const pageOf = (url: string) => pages.get(url)!;
	const feeds: TopicFeed[] = [];

	for (const org of site.organisations) {
		const name = site.orgNames.get(org.id) ?? org.data.name;
		const credited = [...pages.values()].filter((page) => page.credits.some((credit) => credit.org === org.id));
		feeds.push({ kind: 'organisation', title: `${name}：署名内容的更新`, url: routes.organisationFeed(org.id), pages: [routes.organisation(org.id)], entries: [pageOf(routes.organisation(org.id)), ...credited] });
	}

	const chapters = new Map<string, { title: string; urls: string[] }>();
	for (const edition of site.editions) {
		for (const section of edition.sections) {
			const url = routes.guideSection(edition.slug, section.data.section_id, edition.current);
			const chapter = chapters.get(section.data.section_id) ?? { title: section.data.title, urls: [] };
			if (edition.current) chapter.title = section.data.title;
			chapter.urls.push(url);
			chapters.set(section.data.section_id, chapter);
		}
	}
	for (const [sectionId, chapter] of chapters) {
		feeds.push({ kind: 'chapter', title: `入户工作指引 · ${chapter.title}：各版本的修改`, url: routes.chapterFeed(sectionId), pages: chapter.urls, entries: chapter.urls.map(pageOf) });
	}

	const population = caseFacets(site).find((facet) => facet.key === 'population')!;
	for (const [value, cases] of groupByFacet(population, site.cases)) {
		const segment = facetValueSegment(population, value);
		feeds.push({ kind: 'population', title: `服务人群“${value}”的案例`, url: routes.populationFeed(segment), pages: [routes.caseFacet(population.key, segment)], entries: cases.map((c) => pageOf(routes.case(c.id))) });
	}

	for (const status of briefStatuses) {
		const briefs = site.briefs.filter((brief) => currentStatus(brief.data).status === status);
		if (!briefs.length) continue;
		const segment = facetSlug(status);
		feeds.push({ kind: 'status', title: `状态为“${status}”的政策建议`, url: routes.briefStatusFeed(segment), pages: [routes.briefStatus(segment), routes.briefs()], entries: briefs.map((b) => pageOf(routes.brief(b.id))) });
	}
	cache.set(site, feeds);
	return feeds;
}

const feedsByPage = new WeakMap<SiteModel, Map<string, TopicFeed[]>>();

/** The feeds a page announces; a list's later pages announce the same as its first. */
export function feedsOfPage(site: SiteModel, url: string): TopicFeed[] {
	let byPage = feedsByPage.get(site);
	if (!byPage) {
		byPage = new Map();
		for (const feed of topicFeeds(site)) for (const page of feed.pages) byPage.set(page, [...(byPage.get(page) ?? []), feed]);
		feedsByPage.set(site, byPage);
	}
	return byPage.get(url.replace(/page\/\d+\/$/, '')) ?? [];
}
