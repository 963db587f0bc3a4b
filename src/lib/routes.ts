/**
 * Every URL of the site is built here, so links, the content checks (broken internal links),
 * the search index and the feeds agree on them.
 */

export const routes = {
	home: () => '/',
	guide: () => '/guide/',
	guideEditions: () => '/guide/editions/',
	guideEdition: (edition: string, current: boolean) => (current ? '/guide/' : `/guide/${edition}/`),
	guideSection: (edition: string, sectionId: string, current: boolean) =>
		current ? `/guide/${sectionId}/` : `/guide/${edition}/${sectionId}/`,
	/** Where an edition stays once a newer one is current; for the current edition it leads to /guide/. Citations use it. */
	guideEditionPermalink: (edition: string) => `/guide/${edition}/`,
	guidePrint: (edition: string, current: boolean) => `${routes.guideEdition(edition, current)}print/`,
	/** Written after the build by `npm run pdf` (scripts/pdf.ts). */
	guidePdf: (edition: string) => `/guide/guide-${edition}.pdf`,
	editionChanges: (from: string, to: string) => `/guide/changes/${from}-${to}/`,
	cases: (page = 1) => (page === 1 ? '/cases/' : `/cases/page/${page}/`),
	caseFacet: (facet: string, segment: string, page = 1) =>
		`/cases/${facet}/${segment}/${page === 1 ? '' : `page/${page}/`}`,
	case: (id: string) => `/cases/${id}/`,
	briefs: (page = 1) => (page === 1 ? '/briefs/' : `/briefs/page/${page}/`),
	briefStatus: (segment: string, page = 1) => `/briefs/status/${segment}/${page === 1 ? '' : `page/${page}/`}`,
	brief: (id: string) => `/briefs/${id}/`,
	learn: () => '/learn/',
	module: (id: string) => `/learn/${id}/`,
	session: (moduleId: string, id: string) => `/learn/${moduleId}/${id}/`,
	tools: () => '/tools/',
	tool: (id: string) => `/tools/${id}/`,
	events: () => '/events/',
	event: (id: string) => `/events/${id}/`,
	organisations: () => '/orgs/',
	organisation: (id: string) => `/orgs/${id}/`,
	glossary: () => '/glossary/',
	sources: () => '/sources/',
	source: (id: string) => `/sources/#source-${id}`,
	term: (term: string) => `/glossary/#${encodeURIComponent(term)}`,
	page: (id: string) => `/${id}/`,
	history: (contentPath: string) => `/history/${contentPath.replace(/\.(md|yaml)$/, '')}/`,
	updates: () => '/updates/',
	updatesFeed: () => '/updates.xml',
	/** Topic feeds (src/lib/feed/topic-feeds.ts), all under /feeds/ so one endpoint builds them. */
	organisationFeed: (id: string) => `/feeds/orgs/${id}.xml`,
	chapterFeed: (sectionId: string) => `/feeds/guide/${sectionId}.xml`,
	populationFeed: (segment: string) => `/feeds/population/${segment}.xml`,
	briefStatusFeed: (segment: string) => `/feeds/briefs/${segment}.xml`,
	search: () => '/search/',
	/** The Open Graph image of a page with a card of its own (src/lib/share/page-cards.ts). */
	shareCard: (pageUrl: string) => `/og/${pageUrl.replace(/^\/|\/$/g, '') || 'index'}.png`,
	/** The Open Graph image shared by a section's list, facet and paging pages. */
	sectionCard: (section: string) => `/og/section/${section || 'home'}.png`,
	/** The guide's editions as the search box needs them (src/lib/search/editions.ts). */
	searchEditions: () => '/search-editions.json',
	admin: () => '/admin/',
	/** A collection the registry gives generic pages (src/pages/[collection]/): its index, and an entry's page. */
	collectionIndex: (collection: string) => `/${collection}/`,
	collectionEntry: (collection: string, id: string) => `/${collection}/${id}/`,
	/** A page's reference as a file to download: `key` is the page's path without slashes around it. */
	citeFile: (key: string, format: 'bib' | 'ris' | 'json') => `/cite/${key}.${format}`,
	/** Every citable page's reference in one CSL-JSON list; the per-page files are written from it. */
	citeReferences: () => '/cite/references.json',
	/** Open data: the cases and briefs as CSV and JSON, and what every column means. */
	data: () => '/data/',
	dataFile: (name: string) => `/data/${name}`,
	/** Briefs against the cases that back them, and each brief's status history on a timeline. */
	evidenceMap: (page = 1) => (page === 1 ? '/evidence/' : `/evidence/page/${page}/`),
};

/**
 * Taxonomy values are Chinese and may contain "/", "(" or "+": facet URLs keep the Chinese (readable
 * in a Chinese browser's address bar) and turn the punctuation into hyphens.
 */
export function facetSlug(value: string): string {
	return value.replace(/[/()（）+\s]+/g, '-').replace(/^-+|-+$/g, '');
}
