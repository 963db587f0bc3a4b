/**
 * The evidence map: briefs against the cases that back them, counted by one case taxonomy at a time
 * (population, district, method). Columns are the taxonomy's values in the schema's order, kept
 * only where some brief has a case; rows are the briefs in the site's brief order.
 */
import { caseSchema } from '../../schemas/cases';
import { fieldMeta } from '../../schemas/fields';
import type { Brief } from '../../schemas/briefs';
import type { Case } from '../../schemas/cases';
import type { Entry, SiteModel } from '../model/types';
import { byStatusThenTitle } from '../model/brief-order';
import { PAGE_SIZE } from '../paginate';
import { briefEvidence } from './brief-evidence';

/** The case fields the map is drawn by; labels and values come from the case schema. */
export const EVIDENCE_DIMENSIONS = ['populations', 'district', 'methods'] as const;
export type EvidenceDimension = (typeof EVIDENCE_DIMENSIONS)[number];

export interface EvidenceMatrix {
	dimension: EvidenceDimension;
	label: string;
	values: string[];
	rows: { brief: Entry<Brief>; counts: number[]; total: number }[];
}

const valuesOf = (data: Case, dimension: EvidenceDimension): string[] => {
	const value = data[dimension];
	return Array.isArray(value) ? value : [value];
};

export function evidenceMatrix(briefs: readonly Entry<Brief>[], casesById: ReadonlyMap<string, Entry<Case>>, dimension: EvidenceDimension): EvidenceMatrix {
	const meta = fieldMeta(caseSchema.shape[dimension])!;
	const rows = briefs.map((brief) => {
		const { cases } = briefEvidence(brief.data, casesById);
		const counts = (meta.options ?? []).map((value) => cases.filter((c) => valuesOf(c.data, dimension).includes(value)).length);
		return { brief, counts, total: cases.length };
	});
	const used = (meta.options ?? []).map((_, i) => rows.some((row) => row.counts[i] > 0));
	return {
		dimension,
		label: meta.label,
		values: (meta.options ?? []).filter((_, i) => used[i]),
		rows: rows.map((row) => ({ ...row, counts: row.counts.filter((_, i) => used[i]) })),
	};
}

const ordered = new WeakMap<SiteModel, { briefs: Entry<Brief>[]; index: Map<string, number> }>();

/** The briefs in the map's order (the brief list's), sorted once per loaded site: pinyin sorting is slow. */
export function briefsInMapOrder(site: SiteModel): { briefs: Entry<Brief>[]; pageOf: (briefId: string) => number } {
	let cached = ordered.get(site);
	if (!cached) {
		const briefs = [...site.briefs].sort(byStatusThenTitle);
		cached = { briefs, index: new Map(briefs.map((b, i) => [b.id, i])) };
		ordered.set(site, cached);
	}
	const { briefs, index } = cached;
	return { briefs, pageOf: (briefId) => Math.floor((index.get(briefId) ?? 0) / PAGE_SIZE) + 1 };
}
