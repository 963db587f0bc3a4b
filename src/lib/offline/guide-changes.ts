/**
 * What changed in the guide since the reader's offline copy was saved, from the section
 * fingerprints in the saved and the current /offline-pack.json.
 */
import type { PackPages, PackSection } from './pack-pages';

export interface GuideChanges {
	/** Sections changed, added or removed since the copy was saved, in the current order (removed last). */
	sections: PackSection[];
	/** A new edition became current: the changes are those between editions. */
	newEdition?: { from: string; to: string; title: string };
}

export function guideChanges(saved: PackPages['guide'], current: PackPages['guide']): GuideChanges {
	if (saved.edition !== current.edition) {
		return { sections: current.sections, newEdition: { from: saved.edition, to: current.edition, title: current.title } };
	}
	const before = new Map(saved.sections.map((section) => [section.id, section.version]));
	const now = new Set(current.sections.map((section) => section.id));
	return {
		sections: [
			...current.sections.filter((section) => before.get(section.id) !== section.version),
			...saved.sections.filter((section) => !now.has(section.id)),
		],
	};
}
