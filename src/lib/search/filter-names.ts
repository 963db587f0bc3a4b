/**
 * The filters and facets as prose ("服务人群、服务方法、地区和机构"), for the pages that tell readers
 * what they can filter by: written from the same declaration as the filters themselves.
 */
import { filterDeclarations } from '../../schemas/filters';
import { caseFacetDeclarations } from '../facets';

/** A Chinese list: 甲、乙和丙 (or 甲、乙或丙). */
export function chineseList(names: readonly string[], last: '和' | '或' = '和'): string {
	if (names.length < 2) return names.join('');
	return `${names.slice(0, -1).join('、')}${last}${names.at(-1)}`;
}

/** Every search filter, in the filter panel's order. */
export const searchFilterNames = (): string => chineseList(filterDeclarations.map((filter) => filter.label));

/** The case library's facets, in their order. */
export const caseFacetNames = (last: '和' | '或' = '和'): string => chineseList(caseFacetDeclarations.map((facet) => facet.label), last);
