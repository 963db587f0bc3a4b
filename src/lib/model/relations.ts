/**
 * Relations read in both directions. Entries store only outgoing ids (a brief lists its evidence
 * cases); everything that points back (a case "cited by" briefs and sessions) is computed here.
 */
import { allCollections, type CollectionName } from '../../schemas';
import { collectionEntries } from './collection-entries';
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

export interface Contribution {
	id: string;
	title: string;
	/** The page that shows the entry. */
	url: string;
	/** The roles under which the organisation is credited (and, say, 参与 for event participation). */
	roles: string[];
}

const rolesOf = (credits: Credit[] | undefined, orgId: string) => (credits ?? []).filter((c) => c.org === orgId).map((c) => c.role);

/**
 * Everything an organisation is credited on, by collection (those the registry lists on profiles),
 * in each collection's own order. Listed, never ranked: there is no count-based ordering across
 * organisations anywhere on the site.
 */
export function organisationContributions(model: SiteModel, orgId: string): Map<CollectionName, Contribution[]> {
	const result = new Map<CollectionName, Contribution[]>();
	for (const definition of allCollections) {
		const { credited } = definition;
		if (!credited) continue;
		for (const { entry, place } of collectionEntries(model, definition, 'current')) {
			const data = entry.data as { credits?: Credit[] } & Record<string, unknown>;
			const roles = rolesOf(data.credits, orgId);
			const also = credited.alsoAs && (data[credited.alsoAs.field] as string[] | undefined);
			if (also?.includes(orgId)) roles.push(credited.alsoAs!.role);
			if (!roles.length) continue;
			const name = definition.name as CollectionName;
			if (!result.has(name)) result.set(name, []);
			result.get(name)!.push({ id: entry.id, title: definition.title(entry), url: definition.url(entry, place), roles });
		}
	}
	return result;
}
