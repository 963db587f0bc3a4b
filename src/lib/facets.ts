/**
 * The case library's facets: the filters src/schemas/filters.ts marks as case facets, in their
 * declared order. Labels and allowed values come from there (and so from the case schema), so a
 * new population or district in taxonomies.ts appears on the facet pages and in the search
 * filters without another edit; the organisation facet lists the organisations in the content.
 */
import { filterDeclarations, type FilterDeclaration } from '../schemas/filters';
import type { Case } from '../schemas/cases';
import type { Entry, SiteModel } from './model/types';
import { compareChinese } from './model/order';
import { facetSlug } from './routes';

type CaseFacetDeclaration = Extract<(typeof filterDeclarations)[number], { caseFacet: number }>;

export interface Facet {
	/** URL segment: /cases/<key>/<value>/ */
	key: CaseFacetDeclaration['key'];
	label: string;
	/** Values in display order, with their label. */
	values: { value: string; label: string }[];
	/** The facet values one case has. */
	valuesOf: (entry: Entry<Case>) => string[];
}

const isCaseFacet = (filter: FilterDeclaration): filter is CaseFacetDeclaration => filter.caseFacet !== undefined;

/** The case facets' declarations, in facet order (for pages that name them without a site). */
export const caseFacetDeclarations: CaseFacetDeclaration[] = filterDeclarations.filter(isCaseFacet).sort((a, b) => a.caseFacet - b.caseFacet);

function fieldFacet(declaration: CaseFacetDeclaration, field: keyof Case): Facet {
	return {
		key: declaration.key,
		label: declaration.label,
		values: ((declaration as FilterDeclaration).options ?? []).map((value) => ({ value, label: value })),
		valuesOf: (entry) => {
			const value = entry.data[field];
			return Array.isArray(value) ? value.map(String) : [String(value)];
		},
	};
}

function organisationFacet(declaration: CaseFacetDeclaration, site: Pick<SiteModel, 'organisations'>): Facet {
	const organisations = [...site.organisations].sort((a, b) => compareChinese(a.data.name, b.data.name));
	return {
		key: declaration.key,
		label: declaration.label,
		values: organisations.map((org) => ({ value: org.id, label: org.data.short_name ?? org.data.name })),
		valuesOf: (entry) => [...new Set(entry.data.credits.map((credit) => credit.org))],
	};
}

export function caseFacets(site: Pick<SiteModel, 'organisations'>): Facet[] {
	return caseFacetDeclarations.map((declaration) => {
		const { source } = declaration as FilterDeclaration;
		if ('field' in source) return fieldFacet(declaration, source.field as keyof Case);
		if (source.derived === 'organisations') return organisationFacet(declaration, site);
		throw new Error(`Case facet ${declaration.key}: no case values for ${source.derived}`);
	});
}

const groupsCache = new WeakMap<Entry<Case>[], Map<string, Map<string, Entry<Case>[]>>>();

/** Cases grouped by facet value, for one facet; values with no case are left out. Computed once per case list. */
export function groupByFacet(facet: Facet, cases: Entry<Case>[]): Map<string, Entry<Case>[]> {
	const byFacet = groupsCache.get(cases) ?? new Map<string, Map<string, Entry<Case>[]>>();
	groupsCache.set(cases, byFacet);
	const cached = byFacet.get(facet.key);
	if (cached) return cached;
	const groups = new Map<string, Entry<Case>[]>(facet.values.map(({ value }) => [value, []]));
	for (const entry of cases) for (const value of facet.valuesOf(entry)) groups.get(value)?.push(entry);
	for (const [value, entries] of groups) if (!entries.length) groups.delete(value);
	byFacet.set(facet.key, groups);
	return groups;
}

/** The URL segment for a facet value: organisation ids as they are, taxonomy values made URL-safe. */
export const facetValueSegment = (facet: Facet, value: string) => (isOrganisationFacet(facet) ? value : facetSlug(value));

/** Organisation facet values are ids, already URL-safe; taxonomy values are Chinese. */
const isOrganisationFacet = (facet: Facet) => {
	const { source } = caseFacetDeclarations.find((d) => d.key === facet.key)! as FilterDeclaration;
	return 'derived' in source && source.derived === 'organisations';
};
