/**
 * Relations read in both directions. Entries store only outgoing ids (a brief lists its evidence
 * cases); everything that points back (a case "cited by" briefs and sessions) is computed here.
 */
import { allCollections, type CollectionDefinition, type CollectionName } from '../../schemas';
import { collectionEntries, type PlacedEntry } from './collection-entries';
import type { Credit, Entry, SiteModel } from './types';

const byIdCache = new WeakMap<readonly object[], Map<string, unknown>>();

/** A collection's entries by id, built once per list: a page that looks up its entry (or a brief its cases) must not scan the whole list. */
export function indexById<E extends { id: string }>(entries: readonly E[]): ReadonlyMap<string, E> {
	let index = byIdCache.get(entries) as Map<string, E> | undefined;
	if (!index) byIdCache.set(entries, (index = new Map(entries.map((entry) => [entry.id, entry]))));
	return index;
}

const citingCache = new WeakMap<SiteModel, Map<string, Map<string, PlacedEntry[]>>>();

/**
 * The entries of a collection (its current edition, for the guide) whose relation `field` holds
 * each id, by id: the other end of a relation, for back-links ("cited by"). Computed once per
 * site and field.
 */
export function citingEntries(site: SiteModel, collection: CollectionDefinition, field: string): Map<string, PlacedEntry[]> {
	if (!citingCache.has(site)) citingCache.set(site, new Map());
	const byField = citingCache.get(site)!;
	const key = `${collection.name}.${field}`;
	const cached = byField.get(key);
	if (cached) return cached;
	const citing = new Map<string, PlacedEntry[]>();
	byField.set(key, citing);
	for (const placed of collectionEntries(site, collection, 'current')) {
		const data: Record<string, unknown> = placed.entry.data;
		const value = data[field];
		for (const id of Array.isArray(value) ? value : value ? [value] : []) {
			if (!citing.has(String(id))) citing.set(String(id), []);
			citing.get(String(id))!.push(placed);
		}
	}
	return citing;
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
