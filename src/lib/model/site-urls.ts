/**
 * Every URL the build makes, from the same path functions the routes' getStaticPaths return
 * (page-paths.ts), plus the pages without parameters and the pages Starlight renders from
 * content/pages. tests/build/site-urls.test.ts builds a site and fails if this set and the built
 * pages ever differ.
 */
import { CITE_FORMATS } from '../cite/cite-files';
import { citableKeys } from '../cite/page-citations';
import { routes } from '../routes';
import { topicFeeds } from '../feed/topic-feeds';
import { allCollections } from '../../schemas';
import type { ContentFile } from '../content/read-entry';
import { collectionEntries } from './collection-entries';
import { pagePaths } from './page-paths';
import type { SiteModel } from './types';

/** src/pages files without parameters, and the feed. */
const FIXED_PAGES = [
	routes.home(),
	routes.guideEditions(),
	routes.cases(),
	routes.briefs(),
	routes.learn(),
	routes.tools(),
	routes.events(),
	routes.organisations(),
	routes.glossary(),
	routes.sources(),
	routes.updates(),
	routes.updatesFeed(),
	routes.search(),
	routes.admin(),
	routes.data(),
	routes.evidenceMap(),
];

const rest = (value: string | undefined) => (value ? `${value}/` : '');

/**
 * `contentFiles`: every file under content/, with its collection; those whose collection the
 * registry gives history pages (`history`) have one each.
 */
export function siteUrls(site: SiteModel, contentFiles: Pick<ContentFile, 'relativePath' | 'collection'>[]): Set<string> {
	const urls = new Set<string>(FIXED_PAGES);
	const add = (url: string) => urls.add(url);
	pagePaths.brief(site).forEach(({ params }) => add(routes.brief(params.slug)));
	pagePaths.briefPages(site).forEach(({ params }) => add(routes.briefs(Number(params.page))));
	pagePaths.briefStatus(site).forEach(({ params }) => add(`/briefs/status/${params.status}/${rest(params.page)}`));
	pagePaths.case(site).forEach(({ params }) => add(routes.case(params.slug)));
	pagePaths.casePages(site).forEach(({ params }) => add(routes.cases(Number(params.page))));
	pagePaths.caseFacet(site).forEach(({ params }) => add(`/cases/${params.facet}/${params.value}/${rest(params.page)}`));
	pagePaths.evidencePages(site).forEach(({ params }) => add(routes.evidenceMap(Number(params.page))));
	pagePaths.dataFile().forEach(({ params }) => add(routes.dataFile(params.file)));
	// Written after the build from /cite/references.json (src/lib/integrations/cite-files.ts).
	add(routes.citeReferences());
	citableKeys(site).forEach((key) => CITE_FORMATS.forEach(({ format }) => add(routes.citeFile(key, format))));
	pagePaths.event(site).forEach(({ params }) => add(routes.event(params.slug)));
	pagePaths.guide(site).forEach(({ params }) => add(`/guide/${rest(params.path)}`));
	pagePaths.editionChanges(site).forEach(({ params }) => add(`/guide/changes/${params.pair}/`));
	pagePaths.session(site).forEach(({ params }) => add(routes.session(params.module, params.session)));
	pagePaths.module(site).forEach(({ params }) => add(routes.module(params.module)));
	pagePaths.organisation(site).forEach(({ params }) => add(routes.organisation(params.slug)));
	pagePaths.tool(site).forEach(({ params }) => add(routes.tool(params.slug)));
	pagePaths.collectionIndex(site).forEach(({ params }) => add(routes.collectionIndex(params.collection)));
	pagePaths.collectionEntry(site).forEach(({ params }) => add(routes.collectionEntry(params.collection, params.slug)));
	// Starlight renders the pages of the collections the registry gives it (`starlightPages`).
	for (const definition of allCollections) if (definition.starlightPages) collectionEntries(site, definition, 'current').forEach(({ entry, place }) => add(definition.url(entry, place)));
	// src/pages/history/[...path].astro: one page per file of a collection with history pages.
	contentFiles.forEach(({ relativePath, collection }) => collection.history && add(routes.history(relativePath)));
	topicFeeds(site).forEach((feed) => add(feed.url));
	return urls;
}
