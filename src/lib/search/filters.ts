/**
 * The search filters and the metadata each page carries for them. Filter labels and allowed
 * values come from the schemas; the content types are the collections' own names.
 */
import { collections, type CollectionName } from '../../schemas';
import { briefSchema } from '../../schemas/briefs';
import { caseSchema } from '../../schemas/cases';
import { fieldMeta, nestedShape } from '../../schemas/fields';
import { guideEditionsFileSchema } from '../../schemas/guide';
import { EDITION_KEY } from './editions';

export type FilterKey = 'type' | 'org' | 'population' | 'method' | 'district' | 'status' | typeof EDITION_KEY;

export interface SearchFilter {
	key: FilterKey;
	label: string;
	/** Allowed values in display order, when the schema fixes them (organisations and editions come from the content). */
	options?: readonly string[];
	/** One value at a time, with a default, instead of any number of values (the guide's edition). */
	single?: boolean;
}

const statusField = nestedShape(briefSchema.shape.status_history)!.status;

export const searchFilters: SearchFilter[] = [
	{ key: 'type', label: '内容类型', options: collections.map((c) => c.labelSingular) },
	{ key: 'org', label: '机构' },
	{ key: 'population', label: fieldMeta(caseSchema.shape.populations)!.label, options: fieldMeta(caseSchema.shape.populations)!.options },
	{ key: 'method', label: fieldMeta(caseSchema.shape.methods)!.label, options: fieldMeta(caseSchema.shape.methods)!.options },
	{ key: 'district', label: fieldMeta(caseSchema.shape.district)!.label, options: fieldMeta(caseSchema.shape.district)!.options },
	{ key: 'status', label: '政策建议状态', options: fieldMeta(statusField as Parameters<typeof fieldMeta>[0])!.options },
	// The editions listed in content/guide/editions.yaml and its folders; see editions.ts.
	{ key: EDITION_KEY, label: fieldMeta(guideEditionsFileSchema.shape.editions)!.label, single: true },
];

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
	populations?: readonly string[];
	methods?: readonly string[];
	district?: string;
	status?: string;
	/** The guide edition a guide page belongs to. */
	edition?: string;
}

/** Filter values of one entry; organisation ids are turned into the names readers know. */
export function searchMetaFor(collection: CollectionName, data: Taggable, orgNames: Map<string, string>): SearchMeta {
	const ids = new Set([...(data.credits ?? []).map((c) => c.org), ...(data.participants ?? [])]);
	const orgs = [...ids].map((id) => orgNames.get(id) ?? id);
	const filters: SearchMeta['filters'] = {};
	if (orgs.length) filters.org = orgs;
	if (data.populations?.length) filters.population = [...data.populations];
	if (data.methods?.length) filters.method = [...data.methods];
	if (data.district) filters.district = [data.district];
	if (data.status) filters.status = [data.status];
	if (data.edition) filters.edition = [data.edition];
	return { type: typeLabel(collection), filters };
}
