/**
 * The content checks, on the text of content files already read: each file read once by
 * read-entry.ts (characters, YAML, schema), then what only the whole content can tell — ids and
 * orderings unique, relations resolving, links reaching a built page, frozen editions unchanged —
 * and the per-entry detectors. One message per root cause: an entry that is broken or missing is
 * reported once, with how many entries refer to it, not once per reference. Plain TypeScript with
 * no file access: `check.ts` feeds it a content folder before a build, and the CMS feeds it what
 * its backend holds plus the entry being saved, so both run the very same checks.
 */
import type { SettingsFile } from '../../schemas';
import { currentEdition } from './current-edition';
import { collectPseudonyms } from './content-safety';
import { entryDetectors } from './detectors';
import { modelFromEntries } from './entries-model';
import { entryUrl } from './entry-url';
import { editionProblems, frozenProblems, reservedSectionIds } from './guide-problems';
import { linkProblems } from './link-problems';
import { glossaryProblems, statusHistoryProblems } from './list-problems';
import type { ContentProblem } from './problem';
import { readEntry, readSettings, type ContentFile, type LoadedEntry } from './read-entry';
import { relationProblems } from './relation-problems';
import { duplicateIds, duplicateOrderings, sharedEditorIdentities } from './uniqueness-problems';

export { currentEdition } from './current-edition';
export type { ContentProblem } from './problem';
export type { LoadedEntry } from './read-entry';

export interface CheckResult {
	problems: ContentProblem[];
	/** Entries that passed their schema. Rows of file collections are not entries here. */
	entries: LoadedEntry[];
}

/** A content file and its text. */
export interface ContentText {
	file: ContentFile;
	text: string;
}

/** A settings file and its text. */
export interface SettingsText {
	file: { relativePath: string; settings: SettingsFile };
	text: string;
}

export interface CheckContext {
	settings?: SettingsText[];
	/** Files under content/ that belong nowhere, already reported (files.ts). */
	refused?: ContentProblem[];
	/** `/files/…` paths under public/, when known. */
	publicFiles?: ReadonlySet<string>;
}

interface Broken {
	file: ContentFile;
	id: string;
	/** Index in `problems` of the broken file's first problem. */
	problemIndex: number;
	/** Files that refer to the broken entry, by id or by a link to its page. */
	referrers: Set<string>;
}

/** The pages broken entries would have had: links to them count as references, not as broken links. */
function brokenPages(broken: Map<string, Broken>, current: string | undefined): Map<string, Set<string>> {
	const pages = new Map<string, Set<string>>();
	for (const { file, id, referrers } of broken.values()) {
		// A broken entry's data is unknown: only pages whose URL follows from the id can be named.
		if (file.collection.urlReadsData) continue;
		pages.set(entryUrl({ file, id, data: {}, body: '' }, current)!, referrers);
	}
	return pages;
}

export function checkFiles(files: ContentText[], context: CheckContext = {}): CheckResult {
	const problems: ContentProblem[] = [...(context.refused ?? [])];
	const entries: LoadedEntry[] = [];
	const broken = new Map<string, Broken>();
	const current = currentEdition(files);

	for (const { file, text } of files) {
		const read = readEntry(file, text);
		if (read.entry) {
			entries.push(read.entry);
			continue;
		}
		// Only the current edition's sections can be referred to; an older one's id is not a target.
		if (file.collection.name !== 'guide' || file.edition === current) {
			broken.set(`${file.collection.name}\n${read.id}`, { file, id: read.id, problemIndex: problems.length, referrers: new Set() });
		}
		problems.push(...read.problems);
	}

	/** Settings files by path; `undefined` for one that is there but broken (already reported). */
	const settings = new Map<string, Record<string, unknown> | undefined>();
	for (const { file, text } of context.settings ?? []) {
		const read = readSettings(file.relativePath, file.settings, text);
		problems.push(...read.problems);
		settings.set(file.relativePath, read.data);
	}

	problems.push(...duplicateIds(entries));
	problems.push(...reservedSectionIds(entries));
	problems.push(...editionProblems(entries, files));
	problems.push(...frozenProblems(entries, files, settings));
	problems.push(...duplicateOrderings(entries));
	problems.push(...sharedEditorIdentities(entries));
	problems.push(...relationProblems(entries, broken));
	problems.push(...glossaryProblems(entries));
	problems.push(...statusHistoryProblems(entries));
	problems.push(
		...linkProblems(entries, {
			site: problems.length ? safeModel(entries) : modelFromEntries(entries),
			contentFiles: files.map((f) => f.file),
			publicFiles: context.publicFiles,
			brokenPages: brokenPages(broken, current),
		}),
	);

	for (const { problemIndex, referrers } of broken.values()) {
		if (!referrers.size) continue;
		const first = problems[problemIndex];
		problems[problemIndex] = { ...first, message: `${first.message}（该条目被 ${referrers.size} 个条目引用，修好之前这些引用都无法显示）` };
	}
	const texts = new Map(files.map(({ file, text }) => [file.relativePath, text]));
	const pseudonyms = collectPseudonyms(files.map(({ text }) => text));
	for (const detect of entryDetectors) {
		for (const entry of entries) problems.push(...detect(entry, { text: texts.get(entry.file.relativePath) ?? '', pseudonyms }));
	}
	return { problems, entries };
}

/** With other problems present, the model may not shape (e.g. a session of a missing module); links are then checked as far as it does. */
function safeModel(entries: LoadedEntry[]) {
	try {
		return modelFromEntries(entries);
	} catch {
		return undefined;
	}
}

/** One readable block listing every problem, for the build log; `root` is prefixed to each file. */
export function formatProblems(problems: ContentProblem[], root = ''): string {
	const prefix = root && !root.endsWith('/') ? `${root}/` : root;
	const lines = problems.map((p) => `  • ${prefix}${p.file}${p.field ? ` → ${p.field}` : ''}：${p.message}`);
	return `内容检查发现 ${problems.length} 个问题（Content check found ${problems.length} problem(s)）：\n${lines.join('\n')}`;
}
