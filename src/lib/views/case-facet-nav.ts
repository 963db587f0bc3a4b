/** The case library's facet links: each facet's values that some case has, with their case counts. */
import { caseFacets, facetValueSegment, groupByFacet } from '../facets';
import type { SiteModel } from '../model/types';
import { routes } from '../routes';

export interface CaseFacetLinks {
	label: string;
	links: { label: string; href: string; count: number; current: boolean }[];
}

/** `active` is the facet value the page shows, marked as current. */
export function caseFacetNav(site: Pick<SiteModel, 'organisations' | 'cases'>, active?: { facet: string; segment: string }): CaseFacetLinks[] {
	return caseFacets(site).map((facet) => {
		const groups = groupByFacet(facet, site.cases);
		return {
			label: facet.label,
			links: facet.values
				.filter(({ value }) => groups.has(value))
				.map(({ value, label }) => {
					const segment = facetValueSegment(facet, value);
					return {
						label,
						href: routes.caseFacet(facet.key, segment),
						count: groups.get(value)!.length,
						current: active?.facet === facet.key && active.segment === segment,
					};
				}),
		};
	});
}
