/**
 * The "facts" table at the top of each entry's page — which fields it shows, in what order, and
 * how their values read. Labels come from the schemas' field metadata. The site's pages and the
 * CMS previews both render these rows, so a preview always shows what the page will show.
 *
 * Data may be incomplete (a CMS form being filled in): missing values give rows without a value,
 * which renderers leave out.
 */
import type { z } from 'astro/zod';
import { briefSchema } from '../../schemas/briefs';
import { caseSchema } from '../../schemas/cases';
import { eventSchema } from '../../schemas/events';
import { fieldMeta } from '../../schemas/fields';
import { guideEditionsFileSchema, guideSectionSchema } from '../../schemas/guide';
import { moduleSchema, sessionSchema } from '../../schemas/curriculum';
import { organisationSchema } from '../../schemas/organisations';
import { toolSchema } from '../../schemas/tools';
import { formatPartialDate, formatPeriod } from '../format';

export type FactValue = string | string[] | undefined;

export interface FactRow {
	label: string;
	value?: FactValue;
	href?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

const labelOf = (schema: z.ZodObject, field: string) => fieldMeta(schema.shape[field])?.label ?? field;

/** Rows for fields shown as they are (text, or a list of allowed values). */
function plain(schema: z.ZodObject, data: Data, fields: string[]): FactRow[] {
	return fields.map((field) => ({ label: labelOf(schema, field), value: data[field] }));
}

const text = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : String(value));

export function caseFacts(data: Data): FactRow[] {
	const row = (field: string, value: FactValue): FactRow => ({ label: labelOf(caseSchema, field), value });
	return [
		...plain(caseSchema, data, ['case_kind', 'populations']),
		row('district', [data.district, data.locality].filter(Boolean).join(' · ') || undefined),
		...plain(caseSchema, data, ['community_type']),
		row('period', data.period?.start ? formatPeriod({ start: String(data.period.start), end: text(data.period.end) }) : undefined),
		...plain(caseSchema, data, ['service_needs', 'methods', 'project_type', 'funding_mode', 'service_team', 'social_worker', 'consent']),
	];
}

/** The current status is the last row of the status history (see model/briefs.ts). */
export function briefFacts(data: Data, event: { title?: string; href?: string }): FactRow[] {
	const history: Data[] = Array.isArray(data.status_history) ? data.status_history : [];
	const latest = history.at(-1);
	return [
		{ label: '当前状态', value: latest?.status ? `${latest.status}（${latest.date ? formatPartialDate(String(latest.date)) : '日期不详'}）` : undefined },
		...plain(briefSchema, data, ['issue', 'target_bodies']),
		{ label: labelOf(briefSchema, 'raised_at_event'), value: event.title, href: event.href },
		...plain(briefSchema, data, ['policy_documents']),
	];
}

export function guideSectionFacts(data: Data, edition: { title: string; current: boolean }): FactRow[] {
	return [
		{ label: labelOf(guideEditionsFileSchema, 'editions'), value: `${edition.title}${edition.current ? '（现行）' : '（旧版，非现行）'}` },
		...plain(guideSectionSchema, data, ['phase', 'populations', 'review_status']),
		{ label: labelOf(guideSectionSchema, 'last_reviewed'), value: text(data.last_reviewed) },
		...plain(guideSectionSchema, data, ['grounding']),
	];
}

export function moduleFacts(data: Data, sessionCount?: number): FactRow[] {
	return [...plain(moduleSchema, data, ['audiences']), { label: '单元数', value: sessionCount === undefined ? undefined : String(sessionCount) }];
}

export function sessionFacts(data: Data, module: { title?: string; href?: string }): FactRow[] {
	return [
		{ label: labelOf(sessionSchema, 'module'), value: module.title, href: module.href },
		{ label: '时长', value: data.duration_minutes ? `${data.duration_minutes} 分钟` : undefined },
		...plain(sessionSchema, data, ['formats']),
	];
}

export function toolFacts(data: Data): FactRow[] {
	return [...plain(toolSchema, data, ['tool_type', 'stage']), { label: labelOf(toolSchema, 'plain_language'), value: data.plain_language === false ? '否' : '是' }];
}

export function eventFacts(data: Data): FactRow[] {
	return [
		...plain(eventSchema, data, ['event_type']),
		{ label: labelOf(eventSchema, 'date'), value: data.date ? formatPartialDate(String(data.date)) : undefined },
		...plain(eventSchema, data, ['location']),
		{ label: labelOf(eventSchema, 'participant_count'), value: data.participant_count ? `${data.participant_count} 家` : undefined },
		...plain(eventSchema, data, ['topics']),
	];
}

export function organisationFacts(data: Data): FactRow[] {
	return [
		...plain(organisationSchema, data, ['short_name', 'org_type', 'network_roles', 'district']),
		{ label: labelOf(organisationSchema, 'founded'), value: text(data.founded) },
		...plain(organisationSchema, data, ['communities_served', 'populations', 'methods', 'specialties', 'referral_contact']),
	];
}

/** The case's narrative sections, in page order, titled by their field labels. */
export function caseSections(data: Data): { id: string; title: string; text?: string }[] {
	return (['background', 'needs_assessment', 'intervention', 'outcomes'] as const).map((field) => ({
		id: field.replace(/_/g, '-'),
		title: labelOf(caseSchema, field),
		text: data[field],
	}));
}

/** What the case's source does not record, shown in one place just above the source line. */
export function caseSourceNotes(data: Data): { id: string; title: string; text?: string } {
	return { id: 'source-notes', title: labelOf(caseSchema, 'source_notes'), text: text(data.source_notes) };
}
