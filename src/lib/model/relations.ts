/**
 * Relations read in both directions. Entries store only outgoing ids (a brief lists its evidence
 * cases); everything that points back (a case "cited by" briefs and sessions) is computed here.
 */
import type { Credit, Entry, SiteModel } from './types';

export function indexById<T>(entries: Entry<T>[]): Map<string, Entry<T>> {
	return new Map(entries.map((entry) => [entry.id, entry]));
}

export interface CaseCitations {
	briefs: SiteModel['briefs'];
	sessions: SiteModel['sessions'];
	guideSections: SiteModel['currentEdition']['sections'];
	events: SiteModel['events'];
}

const citationsCache = new WeakMap<object, Map<string, CaseCitations>>();

/** For every case, the briefs, curriculum sessions, current guide sections and events that cite it. Computed once per site. */
export function caseCitations(model: Pick<SiteModel, 'briefs' | 'sessions' | 'currentEdition' | 'events'>): Map<string, CaseCitations> {
	const cached = citationsCache.get(model);
	if (cached) return cached;
	const citations = new Map<string, CaseCitations>();
	citationsCache.set(model, citations);
	const entryFor = (caseId: string) => {
		if (!citations.has(caseId)) citations.set(caseId, { briefs: [], sessions: [], guideSections: [], events: [] });
		return citations.get(caseId)!;
	};
	for (const brief of model.briefs) for (const id of brief.data.evidence_cases) entryFor(id).briefs.push(brief);
	for (const session of model.sessions) for (const id of session.data.teaching_cases) entryFor(id).sessions.push(session);
	for (const section of model.currentEdition.sections) for (const id of section.data.related_cases) entryFor(id).guideSections.push(section);
	for (const event of model.events) for (const id of event.data.output_cases) entryFor(id).events.push(event);
	return citations;
}

/** Sessions that teach a guide section (by section id). */
export function sessionsTeachingSection(model: Pick<SiteModel, 'sessions'>, sectionId: string) {
	return model.sessions.filter((session) => session.data.guide_sections.includes(sectionId));
}

export type ContributionKind = 'guide' | 'cases' | 'briefs' | 'modules' | 'sessions' | 'tools' | 'events' | 'pages' | 'glossary';

export interface Contribution {
	kind: ContributionKind;
	id: string;
	title: string;
	/** The roles under which the organisation is credited, or 参与 for event participation. */
	roles: string[];
}

const rolesOf = (credits: Credit[], orgId: string) => credits.filter((c) => c.org === orgId).map((c) => c.role);

/**
 * Everything an organisation is credited on, grouped by kind, in each kind's own order. Listed,
 * never ranked: there is no count-based ordering across organisations anywhere on the site.
 */
export function organisationContributions(model: SiteModel, orgId: string): Map<ContributionKind, Contribution[]> {
	const result = new Map<ContributionKind, Contribution[]>();
	const add = (kind: ContributionKind, id: string, title: string, roles: string[]) => {
		if (!roles.length) return;
		if (!result.has(kind)) result.set(kind, []);
		result.get(kind)!.push({ kind, id, title, roles });
	};
	for (const s of model.currentEdition.sections) add('guide', s.data.section_id, `${s.data.section_no} ${s.data.title}`, rolesOf(s.data.credits, orgId));
	for (const c of model.cases) add('cases', c.id, c.data.title, rolesOf(c.data.credits, orgId));
	for (const b of model.briefs) add('briefs', b.id, b.data.title, rolesOf(b.data.credits, orgId));
	for (const m of model.modules) add('modules', m.id, m.data.title, rolesOf(m.data.credits, orgId));
	for (const s of model.sessions) add('sessions', s.id, s.data.title, rolesOf(s.data.credits, orgId));
	for (const t of model.tools) add('tools', t.id, t.data.title, rolesOf(t.data.credits, orgId));
	for (const e of model.events) {
		const roles = rolesOf(e.data.credits, orgId);
		if (e.data.participants.includes(orgId)) roles.push('参与');
		add('events', e.id, e.data.title, roles);
	}
	for (const p of model.pages) add('pages', p.id, p.data.title, rolesOf(p.data.credits ?? [], orgId));
	add('glossary', 'glossary', '术语表', rolesOf(model.glossary.credits, orgId));
	return result;
}
