/**
 * What changed between two editions of the guide, section by section. Sections are matched by
 * their stable `section_id`, so renaming or renumbering a file does not make a section look new.
 * Each changed section is compared block by block with the same renderer as 修订记录.
 */
import { diffBlocks } from '../diff/block-diff';
import { fieldChanges } from '../diff/field-changes';
import { fileChanged, type FileDiff } from '../diff/file-diff';
import { markdownBlocks, type TextBlock } from '../diff/text-blocks';
import type { FieldShape } from '../../schemas/fields';
import { guideSectionSchema, type GuideSection } from '../../schemas/guide';
import type { Entry } from '../model/types';
import { labelOf } from '../views/labels';

type Section = Entry<GuideSection>;

export interface ChangedSection {
	before: Section;
	after: Section;
	diff: FileDiff;
}

export interface EditionComparison {
	added: Section[];
	removed: Section[];
	changed: ChangedSection[];
	unchanged: Section[];
}

/** The text readers see of a section, as blocks: its heading, body, checklist and cautions. */
export function sectionBlocks(section: Section): TextBlock[] {
	const { section_no, title, checklist, cautions } = section.data;
	const list = (heading: string, items: string[]): TextBlock[] =>
		items.length ? [{ kind: 'heading', text: heading }, ...items.map((text): TextBlock => ({ kind: 'item', text }))] : [];
	return [{ kind: 'heading', text: `${section_no} ${title}` }, ...markdownBlocks(section.body ?? ''), ...list(labelOf(guideSectionSchema, 'checklist'), checklist), ...list(labelOf(guideSectionSchema, 'cautions'), cautions)];
}

const shape = guideSectionSchema.shape as unknown as FieldShape;

export function compareSections(before: Section, after: Section): FileDiff {
	return {
		fields: fieldChanges({ summary: before.data.summary }, { summary: after.data.summary }, shape),
		blocks: diffBlocks(sectionBlocks(before), sectionBlocks(after)),
	};
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
		const diff = compareSections(previous, section);
		if (fileChanged(diff)) comparison.changed.push({ before: previous, after: section, diff });
		else comparison.unchanged.push(section);
	}
	comparison.removed = older.filter((section) => !after.has(section.data.section_id));
	return comparison;
}
