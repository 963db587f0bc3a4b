/**
 * What changed between two editions of the guide, section by section. Sections are matched by
 * their stable `section_id`, so renaming or renumbering a file does not make a section look new.
 */
import { hasChanges, wordDiff, type DiffPart } from '../diff/words';
import type { Entry } from '../model/types';
import type { GuideSection } from '../../schemas/guide';

type Section = Entry<GuideSection>;

export interface ChangedSection {
	before: Section;
	after: Section;
	diff: DiffPart[];
}

export interface EditionComparison {
	added: Section[];
	removed: Section[];
	changed: ChangedSection[];
	unchanged: Section[];
}

/** The text readers see of a section, as one string to compare. */
export function sectionText(section: Section): string {
	const { section_no, title, checklist, cautions } = section.data;
	return [
		`${section_no} ${title}`,
		(section.body ?? '').trim(),
		...(checklist.length ? ['检查清单', ...checklist] : []),
		...(cautions.length ? ['注意事项', ...cautions] : []),
	].join('\n\n');
}

export function compareEditions(older: Section[], newer: Section[]): EditionComparison {
	const byId = (sections: Section[]) => new Map(sections.map((s) => [s.data.section_id, s]));
	const before = byId(older);
	const after = byId(newer);
	const comparison: EditionComparison = { added: [], removed: [], changed: [], unchanged: [] };
	for (const section of newer) {
		const previous = before.get(section.data.section_id);
		if (!previous) {
			comparison.added.push(section);
			continue;
		}
		const diff = wordDiff(sectionText(previous), sectionText(section));
		if (hasChanges(diff)) comparison.changed.push({ before: previous, after: section, diff });
		else comparison.unchanged.push(section);
	}
	comparison.removed = older.filter((section) => !after.has(section.data.section_id));
	return comparison;
}
