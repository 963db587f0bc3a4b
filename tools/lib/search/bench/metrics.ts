/**
 * Recall and precision of a search against the ground truth, per query and per query set.
 */
export interface QueryOutcome {
	query: string;
	truth: string[];
	/** What the search returned: for ours, the links the page lists once paged to the end. */
	found: string[];
	/** Ours: how many results the page listed (as links), could not load, and reported in its count. */
	listed?: { count: number; unavailable: number; reported: number };
	/** Time to the first page of results, index chunks not yet fetched. */
	ms: number;
	/** The same with the query's index chunks fetched beforehand, as while typing. */
	warmMs: number;
	/** Of which: until the ranked list of results, before any fragment is loaded. */
	warmSearchMs: number;
}

export interface SetScore {
	queries: number;
	/** Mean over queries that have an answer. */
	recall: number;
	/** Mean over queries that returned something. */
	precision: number;
	/** Queries with an answer that found nothing. */
	missed: number;
	/** Queries without an answer that still returned pages. */
	spurious: number;
	/** Queries whose page listed a different number of results than it reported (or listed one twice). */
	countMismatches: number;
	medianMs: number;
	p90Ms: number;
	warmMedianMs: number;
	warmP90Ms: number;
	warmSearchMedianMs: number;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1);

export function percentile(values: number[], p: number): number {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function scoreSet(outcomes: readonly QueryOutcome[]): SetScore {
	const hits = outcomes.map((o) => ({ ...o, correct: o.found.filter((url) => o.truth.includes(url)).length }));
	return {
		queries: outcomes.length,
		recall: mean(hits.filter((o) => o.truth.length).map((o) => o.correct / o.truth.length)),
		precision: mean(hits.filter((o) => o.found.length).map((o) => o.correct / o.found.length)),
		missed: hits.filter((o) => o.truth.length && !o.found.length).length,
		spurious: hits.filter((o) => !o.truth.length && o.found.length).length,
		countMismatches: outcomes.filter(listsOtherThanReported).length,
		medianMs: percentile(outcomes.map((o) => o.ms), 50),
		p90Ms: percentile(outcomes.map((o) => o.ms), 90),
		warmMedianMs: percentile(outcomes.map((o) => o.warmMs), 50),
		warmP90Ms: percentile(outcomes.map((o) => o.warmMs), 90),
		warmSearchMedianMs: percentile(outcomes.map((o) => o.warmSearchMs), 50),
	};
}

/** The page listed fewer or more results than its count says, or one of them twice. */
export function listsOtherThanReported(outcome: QueryOutcome): boolean {
	if (!outcome.listed) return false;
	return outcome.listed.count !== outcome.listed.reported || new Set(outcome.found).size !== outcome.found.length;
}
