/**
 * The guide's editions as a whole: section ids that would take a fixed page's URL, edition
 * folders and guide/editions.yaml agreeing, and older editions unchanged since they were frozen.
 */
import type { FrozenEditions } from '../../schemas/frozen-editions';
import type { ContentText } from './check-files';
import { currentEdition } from './current-edition';
import { FROZEN_FILE, frozenEditionProblems } from './frozen-edition-problems';
import type { ContentProblem } from './problem';
import type { LoadedEntry } from './read-entry';

/** Guide URLs share /guide/ with a few fixed pages; a section may not take their names. */
const RESERVED_SECTION_IDS = new Set(['print', 'editions', 'changes']);

export function reservedSectionIds(entries: LoadedEntry[]): ContentProblem[] {
	return entries
		.filter((entry) => entry.file.collection.name === 'guide' && (RESERVED_SECTION_IDS.has(entry.id) || /^\d+$/.test(entry.id)))
		.map((entry) => ({
			file: entry.file.relativePath,
			field: '章节标识（section_id）',
			message: `“${entry.id}”是保留的网址，不能用作章节标识（不能用 print、editions、changes 或纯数字）`,
		}));
}

export function editionProblems(entries: LoadedEntry[], files: ContentText[]): ContentProblem[] {
	const listed = entries.find((e) => e.file.collection.name === 'editions');
	const folders = new Set(files.map((f) => f.file.edition).filter(Boolean) as string[]);
	if (!folders.size) return [];
	if (!listed) {
		if (files.some((f) => f.file.collection.name === 'editions')) return [];
		return [{ file: 'guide/editions.yaml', field: '', message: '缺少指引版本列表 guide/editions.yaml' }];
	}
	const rows = (listed.data.editions as Array<{ slug: string }>).map((row) => row.slug);
	const problems: ContentProblem[] = [];
	for (const folder of [...folders].sort()) {
		if (!rows.includes(folder)) {
			problems.push({ file: listed.file.relativePath, field: '版本（editions）', message: `文件夹 guide/${folder}/ 没有对应的版本条目。请添加标识为“${folder}”的版本` });
		}
	}
	for (const [index, slug] of rows.entries()) {
		if (!folders.has(slug)) {
			problems.push({ file: listed.file.relativePath, field: `版本标识（editions[${index}].slug）`, message: `版本“${slug}”没有对应的文件夹 guide/${slug}/` });
		}
	}
	return problems;
}

export function frozenProblems(entries: LoadedEntry[], files: ContentText[], settings: Map<string, Record<string, unknown> | undefined>): ContentProblem[] {
	const guideFiles = files.filter((f) => f.file.collection.name === 'guide' && f.file.edition);
	if (!guideFiles.length) return [];
	// A fingerprint file that is there but broken was reported; comparing against nothing would only repeat it.
	if (settings.has(FROZEN_FILE) && !settings.get(FROZEN_FILE)) return [];
	const listed = entries.find((e) => e.file.collection.name === 'editions');
	const rows = (listed?.data.editions as Array<{ slug: string; reopened?: boolean }> | undefined) ?? [];
	return frozenEditionProblems(
		guideFiles.map((f) => ({ edition: f.file.edition!, relativePath: f.file.relativePath, text: f.text })),
		{
			current: currentEdition(files),
			reopened: new Set(rows.filter((row) => row.reopened).map((row) => row.slug)),
			frozen: settings.get(FROZEN_FILE) as FrozenEditions | undefined,
		},
	);
}

