/** Relation ids → the names readers know, for field changes in diffs. */
import type { RelationTarget } from '../../schemas/fields';
import type { SiteModel } from '../model/types';
import type { EntryName } from './field-changes';

const cache = new WeakMap<SiteModel, EntryName>();

export function entryNames(site: SiteModel): EntryName {
	let nameOf = cache.get(site);
	if (nameOf) return nameOf;
	const titled = (entries: { id: string; data: { title: string } }[]) => new Map(entries.map((entry) => [entry.id, entry.data.title]));
	const names: Partial<Record<RelationTarget, Map<string, string>>> = {
		organisations: site.orgNames,
		cases: titled(site.cases),
		briefs: titled(site.briefs),
		modules: titled(site.modules),
		sessions: titled(site.sessions),
		tools: titled(site.tools),
		events: titled(site.events),
		guide: new Map(site.currentEdition.sections.map((section) => [section.data.section_id, section.data.title])),
	};
	nameOf = (collection, id) => names[collection]?.get(id);
	cache.set(site, nameOf);
	return nameOf;
}
