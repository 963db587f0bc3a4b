/**
 * The case library's facets. Which fields are facets is declared here once; their labels and
 * allowed values come from the case schema, so a new population or district in taxonomies.ts
 * appears on the facet pages and in the search filters without another edit.
 */
import { caseSchema } from '../schemas/cases';
import { fieldMeta } from '../schemas/fields';
import type { Case } from '../schemas/cases';
import type { Entry, SiteModel } from './model/types';
import { compareChinese } from './model/order';
import { facetSlug } from './routes';

export interface Facet {
	/** URL segment: /cases/<key>/<value>/ */
	key: 'population' | 'method' | 'district' | 'org';
	label: string;
	/** Values in display order, with their label. */
	values: { value: string; label: string }[];
	/** The facet values one case has. */
	valuesOf: (entry: Entry<Case>) => string[];
}

function taxonomyFacet(key: Facet['key'], field: 'populations' | 'methods' | 'district'): Facet {
	const meta = fieldMeta(caseSchema.shape[field])!;
	return {
		key,
		label: meta.label,
		values: (meta.options ?? []).map((value) => ({ value, label: value })),
		valuesOf: (entry) => {
			const value = entry.data[field];
			return Array.isArray(value) ? value : [value];
		},
	};
}

export function caseFacets(site: Pick<SiteModel, 'organisations'>): Facet[] {
	const organisations = [...site.organisations].sort((a, b) => compareChinese(a.data.name, b.data.name));
	return [
		taxonomyFacet('population', 'populations'),
		taxonomyFacet('method', 'methods'),
		taxonomyFacet('district', 'district'),
		{
			key: 'org',
			label: '机构',
			values: organisations.map((org) => ({ value: org.id, label: org.data.short_name ?? org.data.name })),
			valuesOf: (entry) => [...new Set(entry.data.credits.map((credit) => credit.org))],
		},
	];
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
export const facetValueSegment = (facet: Facet, value: string) => (facet.key === 'org' ? value : facetSlug(value));
