/**
 * One page of 证据分布: the page's briefs against the cases that back them, one matrix per case
 * dimension, and each brief's status timeline. Paged like the brief list.
 */
import { briefEvidence, evidenceSentence } from '../evidence/brief-evidence';
import { EVIDENCE_DIMENSIONS, briefsInMapOrder, evidenceMatrix, type EvidenceDimension } from '../evidence/evidence-map';
import { formatPartialDate } from '../format';
import { currentStatus } from '../model/briefs';
import { indexById } from '../model/relations';
import type { SiteModel } from '../model/types';
import { pageCount, pageOf } from '../paginate';
import { routes } from '../routes';
import type { Heading } from './entry-view';

interface BriefLink {
	id: string;
	href: string;
	title: string;
}

export interface EvidenceMatrixView {
	dimension: EvidenceDimension;
	label: string;
	/** The column values; empty when no brief on the page has a case. */
	values: string[];
	rows: (BriefLink & { total: number; counts: number[] })[];
}

export interface BriefTimelineView extends BriefLink {
	status: string;
	/** What backs the brief, in one sentence (lib/evidence/brief-evidence.ts). */
	evidence: string;
	history: { date: string; status: string }[];
}

export interface EvidenceMapPage {
	pages: number;
	headings: Heading[];
	matrices: EvidenceMatrixView[];
	timelines: BriefTimelineView[];
}

export function evidenceMapPage(site: SiteModel, page: number): EvidenceMapPage {
	const cases = indexById(site.cases);
	const sorted = briefsInMapOrder(site).briefs;
	const briefs = pageOf(sorted, page);
	const linkTo = (brief: (typeof briefs)[number]): BriefLink => ({ id: brief.id, href: routes.brief(brief.id), title: brief.data.title });
	const matrices = EVIDENCE_DIMENSIONS.map((dimension) => {
		const matrix = evidenceMatrix(briefs, cases, dimension);
		return { ...matrix, rows: matrix.rows.map((row) => ({ ...linkTo(row.brief), total: row.total, counts: row.counts })) };
	});
	return {
		pages: pageCount(sorted.length),
		headings: [...matrices.map((m) => ({ depth: 2, slug: `by-${m.dimension}`, text: `按${m.label}` })), { depth: 2, slug: 'timelines', text: '状态时间线' }],
		matrices,
		timelines: briefs.map((brief) => ({
			...linkTo(brief),
			status: currentStatus(brief.data).status,
			evidence: evidenceSentence(briefEvidence(brief.data, cases)),
			history: brief.data.status_history.map((row) => ({ date: formatPartialDate(row.date), status: row.status })),
		})),
	};
}
