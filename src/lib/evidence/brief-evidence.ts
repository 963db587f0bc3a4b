/**
 * What backs a brief: its evidence cases, and how many organisations and districts they come from.
 * It counts, it never ranks: the organisations are named in the order their cases are listed.
 */
import type { Brief } from '../../schemas/briefs';
import type { Case } from '../../schemas/cases';
import type { Entry } from '../model/types';

export interface BriefEvidence {
	cases: Entry<Case>[];
	/** Organisations credited on any evidence case, each once, in the order the cases credit them. */
	organisations: string[];
	districts: string[];
}

export function briefEvidence(brief: Pick<Brief, 'evidence_cases'>, casesById: ReadonlyMap<string, Entry<Case>>): BriefEvidence {
	const cases = brief.evidence_cases.map((id) => casesById.get(id)).filter((c): c is Entry<Case> => Boolean(c));
	return {
		cases,
		organisations: [...new Set(cases.flatMap((c) => c.data.credits.map((credit) => credit.org)))],
		districts: [...new Set(cases.map((c) => c.data.district))],
	};
}

/** The sentence under a brief's title, e.g. 「由 3 个案例支撑，来自 2 家机构、2 个地区。」 */
export function evidenceSentence(evidence: BriefEvidence): string {
	if (!evidence.cases.length) return '尚未关联支撑案例。';
	return `由 ${evidence.cases.length} 个案例支撑，来自 ${evidence.organisations.length} 家机构、${evidence.districts.length} 个地区。`;
}
