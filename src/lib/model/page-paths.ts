/**
 * The paths of every page built from content, one function per dynamic route in src/pages. Each
 * route's getStaticPaths returns its function's result, and the content check lists the site's
 * URLs from the same functions (src/lib/model/site-urls.ts), so a link is checked against exactly
 * the pages the build makes.
 */
import { caseFacets, facetValueSegment, groupByFacet } from '../facets';
import { pageCount } from '../paginate';
import { facetSlug } from '../routes';
import { briefStatuses } from '../../schemas/taxonomies';
import { openDataFiles } from '../data/open-data';
import { currentStatus } from './briefs';
import { byStatusThenTitle } from './brief-order';
import { allCollections } from '../../schemas';
import type { ModelEntry } from './collection-entries';
import type { SiteModel } from './types';

/** Collections shown by the generic pages, with their entries. */
const genericCollections = (site: SiteModel) =>
	allCollections.flatMap((definition) => (definition.genericPages && definition.kind === 'folder' ? [{ definition, entries: site[definition.name] }] : []));

const morePages = (total: number) => Array.from({ length: pageCount(total) - 1 }, (_, i) => ({ params: { page: String(i + 2) } }));
const pageRest = (index: number) => (index === 0 ? undefined : `page/${index + 1}`);

export const pagePaths = {
	/** src/pages/briefs/[slug].astro */
	brief: (site: SiteModel) => site.briefs.map((entry) => ({ params: { slug: entry.id }, props: { id: entry.id } })),
	/** src/pages/briefs/page/[page].astro */
	briefPages: (site: SiteModel) => morePages(site.briefs.length),
	/** src/pages/briefs/status/[status]/[...page].astro */
	briefStatus: (site: SiteModel) =>
		briefStatuses.flatMap((status) => {
			const briefs = site.briefs.filter((b) => currentStatus(b.data).status === status).sort(byStatusThenTitle);
			if (!briefs.length) return [];
			return Array.from({ length: pageCount(briefs.length) }, (_, i) => ({
				params: { status: facetSlug(status), page: pageRest(i) },
				props: { status, briefs, page: i + 1 },
			}));
		}),
	/** src/pages/cases/[slug].astro */
	case: (site: SiteModel) => site.cases.map((entry) => ({ params: { slug: entry.id }, props: { id: entry.id } })),
	/** src/pages/cases/page/[page].astro */
	casePages: (site: SiteModel) => morePages(site.cases.length),
	/** src/pages/cases/[facet]/[value]/[...page].astro */
	caseFacet: (site: SiteModel) =>
		caseFacets(site).flatMap((facet) =>
			[...groupByFacet(facet, site.cases)].flatMap(([value, cases]) => {
				const label = facet.values.find((v) => v.value === value)!.label;
				const segment = facetValueSegment(facet, value);
				return Array.from({ length: pageCount(cases.length) }, (_, i) => ({
					params: { facet: facet.key, value: segment, page: pageRest(i) },
					props: { facetLabel: facet.label, label, cases, page: i + 1 },
				}));
			}),
		),
	/** src/pages/data/[file].ts: the open data's CSV and JSON files. */
	dataFile: () => openDataFiles().map((file) => ({ params: { file }, props: { file } })),
	/** src/pages/evidence/page/[page].astro */
	evidencePages: (site: SiteModel) => morePages(site.briefs.length),
	/** src/pages/events/[slug].astro */
	event: (site: SiteModel) => site.events.map((event) => ({ params: { slug: event.id }, props: { id: event.id } })),
	/** src/pages/guide/[...path].astro */
	guide: (site: SiteModel) =>
		site.editions.flatMap((edition) => {
			const prefix = edition.current ? '' : `${edition.slug}/`;
			const base = edition.current ? undefined : edition.slug;
			return [
				{ params: { path: base }, props: { kind: 'index' as const, edition: edition.slug } },
				{ params: { path: `${prefix}print` }, props: { kind: 'print' as const, edition: edition.slug } },
				...edition.sections.map((section) => ({
					params: { path: `${prefix}${section.data.section_id}` },
					props: { kind: 'section' as const, edition: edition.slug, section: section.id },
				})),
				// The edition's permanent URL, cited by its sections: the current edition's lives at /guide/.
				...(edition.current ? [{ params: { path: edition.slug }, props: { kind: 'permalink' as const, edition: edition.slug } }] : []),
			];
		}),
	/** src/pages/guide/changes/[pair].astro — editions are newest first: each is compared with the one before it. */
	editionChanges: (site: SiteModel) =>
		site.editions.slice(0, -1).map((newer, index) => {
			const older = site.editions[index + 1];
			return { params: { pair: `${older.slug}-${newer.slug}` }, props: { older: older.slug, newer: newer.slug } };
		}),
	/** src/pages/learn/[module]/[session].astro */
	session: (site: SiteModel) => site.sessions.map((session) => ({ params: { module: session.data.module, session: session.id }, props: { id: session.id } })),
	/** src/pages/learn/[module]/index.astro */
	module: (site: SiteModel) => site.modules.map((module) => ({ params: { module: module.id }, props: { id: module.id } })),
	/** src/pages/orgs/[slug].astro */
	organisation: (site: SiteModel) => site.organisations.map((org) => ({ params: { slug: org.id }, props: { id: org.id } })),
	/** src/pages/[collection]/index.astro */
	collectionIndex: (site: SiteModel) => genericCollections(site).map(({ definition, entries }) => ({ params: { collection: definition.name }, props: { definition, entries } })),
	/** src/pages/[collection]/[slug].astro */
	collectionEntry: (site: SiteModel) =>
		genericCollections(site).flatMap(({ definition, entries }) =>
			entries.map((entry: ModelEntry) => ({ params: { collection: definition.name, slug: entry.id }, props: { definition, entry } })),
		),
	/** src/pages/tools/[slug].astro */
	tool: (site: SiteModel) => site.tools.map((tool) => ({ params: { slug: tool.id }, props: { id: tool.id } })),
};
