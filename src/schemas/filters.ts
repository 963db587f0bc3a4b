/**
 * The search filters and the case library's facets, declared once: each filter's key (in the
 * search index and in /cases/<key>/<value>/), its label and allowed values, read from the schema
 * field it maps to or named here when it is a derived value. The Pagefind metadata
 * (src/lib/search/filters.ts), the filter panel, the case facet pages (src/lib/facets.ts) and the
 * prose that lists the filters (src/lib/search/filter-names.ts) all read this list.
 */
import { briefSchema } from './briefs';
import { caseSchema } from './cases';
import { fieldMeta, nestedShape, type FieldShape } from './fields';
import { collections } from './registry';

/** Where a filter's values come from. */
export type FilterSource =
	/** A field of the entry's data, by name (the case schema's field for labels and allowed values). */
	| { field: string }
	/** Computed from the entry: its collection, its credited organisations, a brief's current status, a guide page's edition. */
	| { derived: 'collection' | 'organisations' | 'current-status' | 'edition' };

export interface FilterDeclaration {
	/** Key in the search index and the search page's URL; for case facets also the URL segment. */
	key: string;
	label: string;
	/** Allowed values in display order, when the schemas fix them (organisations and editions come from the content). */
	options?: readonly string[];
	source: FilterSource;
	/** One value at a time, with a default, instead of any number of values (the guide's edition). */
	single?: boolean;
	/** Also a facet of the case library, at this position among the facets. */
	caseFacet?: number;
}

const caseField = (field: keyof typeof caseSchema.shape) => {
	const meta = fieldMeta(caseSchema.shape[field])!;
	return { label: meta.label, options: meta.options, source: { field } };
};
const briefStatus = fieldMeta((nestedShape(briefSchema.shape.status_history) as FieldShape).status)!;
const label = (name: string) => collections.find((collection) => collection.name === name)!;

export const filterDeclarations = [
	{ key: 'type', label: '内容类型', options: collections.map((c) => c.labelSingular), source: { derived: 'collection' } },
	{ key: 'org', label: label('organisations').labelSingular, source: { derived: 'organisations' }, caseFacet: 4 },
	{ key: 'population', ...caseField('populations'), caseFacet: 1 },
	{ key: 'method', ...caseField('methods'), caseFacet: 2 },
	{ key: 'district', ...caseField('district'), caseFacet: 3 },
	{ key: 'status', label: `${label('briefs').labelSingular}${briefStatus.label}`, options: briefStatus.options, source: { derived: 'current-status' } },
	// The editions listed in content/guide/editions.yaml and its folders; see src/lib/search/editions.ts.
	{ key: 'edition', label: label('editions').label, source: { derived: 'edition' }, single: true },
] as const satisfies readonly FilterDeclaration[];

export type FilterKey = (typeof filterDeclarations)[number]['key'];
