/**
 * The search filters and the metadata each page carries for them, from the one declaration in
 * src/schemas/filters.ts; the content types are the collections' own names.
 */
import { collections, type CollectionName } from '../../schemas';
import { filterDeclarations, type FilterDeclaration, type FilterKey } from '../../schemas/filters';
import { EDITION_KEY } from './editions';

export type { FilterKey } from '../../schemas/filters';

export type SearchFilter = Pick<FilterDeclaration, 'label' | 'options' | 'single' | 'source'> & { key: FilterKey };

export const searchFilters: SearchFilter[] = (filterDeclarations as readonly (FilterDeclaration & { key: FilterKey })[]).map(
	({ key, label, options, single, source }) => ({ key, label, options, single, source }),
);

/** The filter whose values are the organisations in the content (the schemas cannot list them). */
export const listsOrganisations = (filter: SearchFilter) => 'derived' in filter.source && filter.source.derived === 'organisations';

// The guide's edition filter is read and written by src/lib/search/editions.ts under its own name.
if (!searchFilters.some((filter) => filter.key === EDITION_KEY)) throw new Error(`No search filter is declared for ${EDITION_KEY}`);

/** What a page tells the search index about itself: its type, its filter values, its organisations. */
export interface SearchMeta {
	type: string;
	filters: Partial<Record<Exclude<FilterKey, 'type'>, string[]>>;
}

export function typeLabel(collection: CollectionName): string {
	return collections.find((c) => c.name === collection)!.labelSingular;
}

interface Taggable {
	credits?: { org: string }[];
	participants?: string[];
	/** A brief's current status. */
	status?: string;
	/** The guide edition a guide page belongs to. */
	edition?: string;
	[field: string]: unknown;
}

const asList = (value: unknown): string[] => (value === undefined || value === null || value === '' ? [] : Array.isArray(value) ? value.map(String) : [String(value)]);

function valuesOf(filter: FilterDeclaration, data: Taggable, orgNames: Map<string, string>): string[] {
	const { source } = filter;
	if ('field' in source) return asList(data[source.field]);
	switch (source.derived) {
		case 'organisations': {
			const ids = new Set([...(data.credits ?? []).map((c) => c.org), ...(data.participants ?? [])]);
			return [...ids].map((id) => orgNames.get(id) ?? id);
		}
		case 'current-status':
			return asList(data.status);
		case 'edition':
			return asList(data.edition);
		case 'collection':
			return [];
	}
}

/** Filter values of one entry; organisation ids are turned into the names readers know. */
export function searchMetaFor(collection: CollectionName, data: Taggable, orgNames: Map<string, string>): SearchMeta {
	const filters: SearchMeta['filters'] = {};
	for (const filter of filterDeclarations) {
		if (filter.key === 'type') continue;
		const values = valuesOf(filter, data, orgNames);
		if (values.length) filters[filter.key] = values;
	}
	return { type: typeLabel(collection), filters };
}
