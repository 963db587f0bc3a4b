/** A brief's page: status and its history, what it proposes, what came of it, and the cases behind it. */
import { briefSchema } from '../../schemas/briefs';
import type { Case } from '../../schemas/cases';
import { briefEvidence, evidenceSentence } from '../evidence/brief-evidence';
import { briefsInMapOrder } from '../evidence/evidence-map';
import { indexById } from '../model/relations';
import type { Entry, SiteModel } from '../model/types';
import { routes } from '../routes';
import { formatPartialDate } from '../format';
import type { Block, EntryView } from './entry-view';
import { caseCard } from './case-card';
import { briefFacts } from './facts';
import { labelOf } from './labels';
import { fieldLink } from './relation-links';
import { listOf, type ViewContext, type ViewEntry } from './view-context';

const part = (field: string, blocks: Block[]): Block => ({ kind: 'section', id: field === 'status_history' ? 'status-history' : field, title: labelOf(briefSchema, field), level: 2, wrap: false, blocks });

export function briefView({ id, data }: ViewEntry, { links, site }: ViewContext): EntryView {
	const event = fieldLink(links, briefSchema, 'raised_at_event', data.raised_at_event);
	const evidenceIds = listOf<string>(data.evidence_cases);
	const cases = site && indexById(site.cases);
	const blocks: Block[] = [
		{ kind: 'lede', text: data.summary },
		{ kind: 'facts', rows: briefFacts(data, { title: event?.label, href: event?.href }) },
		part('status_history', [{ kind: 'timeline', rows: listOf(data.status_history).map((row) => ({ date: row.date ? formatPartialDate(String(row.date)) : undefined, status: row.status, note: row.note })) }]),
		part('proposals', [{ kind: 'items', items: listOf<string>(data.proposals), ordered: true }]),
		...(data.outcome ? [part('outcome', [{ kind: 'paragraphs', text: data.outcome }])] : []),
		{ kind: 'body', toc: false },
		{
			kind: 'section',
			id: 'evidence',
			title: labelOf(briefSchema, 'evidence_cases'),
			level: 2,
			wrap: false,
			blocks: [
				...(site && cases && id ? [evidenceSummary(site, id, evidenceIds, cases)] : []),
				{
					kind: 'cards',
					empty: '本建议尚未关联案例。',
					cards: cases
						? evidenceIds.flatMap((id) => (cases.get(id) ? [caseCard(cases.get(id)!, site!.orgNames)] : []))
						: evidenceIds.map((id) => ({ id, link: fieldLink(links, briefSchema, 'evidence_cases', id) ?? { label: id }, meta: [] })),
				},
			],
		},
		{ kind: 'source', text: data.source },
	];
	return { title: data.title, description: data.summary, credits: listOf(data.credits), illustrative: Boolean(data.illustrative), blocks };
}

/** How many cases back the brief, from which organisations and districts, and where the evidence map shows it. */
function evidenceSummary(site: SiteModel, id: string, evidenceIds: string[], cases: ReadonlyMap<string, Entry<Case>>): Block {
	const evidence = briefEvidence({ evidence_cases: evidenceIds }, cases);
	const sentence = evidenceSentence(evidence);
	if (!evidence.cases.length) return { kind: 'summary', name: 'evidence-summary', text: sentence };
	const organisations = evidence.organisations.map((org) => site.orgNames.get(org) ?? org);
	return {
		kind: 'summary',
		name: 'evidence-summary',
		text: `${sentence}机构：${organisations.join('、')}；地区：${evidence.districts.join('、')}。`,
		link: { href: `${routes.evidenceMap(briefsInMapOrder(site).pageOf(id))}#timeline-${id}`, label: '在证据分布中查看' },
	};
}
