/**
 * The content checks, on the text of content files already read: each file read once by
 * read-entry.ts (characters, YAML, schema), then what only the whole content can tell — ids and
 * orderings unique, relations resolving, links reaching a built page, frozen editions unchanged —
 * and the per-entry detectors. One message per root cause: an entry that is broken or missing is
 * reported once, with how many entries refer to it, not once per reference. Plain TypeScript with
 * no file access: `check.ts` feeds it a content folder before a build, and the CMS feeds it what
 * its backend holds plus the entry being saved, so both run the very same checks.
 */
import { fieldMeta, nestedShape, type FieldShape } from '../../schemas/fields';
import type { SettingsFile } from '../../schemas';
import type { FrozenEditions } from '../../schemas/frozen-editions';
import { entryDetectors } from './detectors';
import { modelFromEntries } from './entries-model';
import { FROZEN_FILE, frozenEditionProblems } from './frozen-edition-problems';
import { entryUrl } from './entry-url';
import { linkProblems } from './link-problems';
import type { ContentProblem } from './problem';
import { readEntry, readSettings, type ContentFile, type LoadedEntry } from './read-entry';
import { duplicateIds, duplicateOrderings, sharedEditorIdentities } from './uniqueness-problems';

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

const COLLECTION_LABELS: Record<string, string> = {
	organisations: '机构名录',
	cases: '案例集',
	briefs: '政策建议',
	guide: '现行版指引',
	modules: '学习模块',
	sessions: '学习单元',
	tools: '工具模板',
	events: '网络活动',
};

/** Every relation value in an entry, with its field path and target collection. */
function* relationsOf(shape: FieldShape, data: unknown, prefix = ''): Generator<{ field: string; label: string; target: string; id: string }> {
	if (!data || typeof data !== 'object') return;
	for (const [key, schema] of Object.entries(shape)) {
		const value = (data as Record<string, unknown>)[key];
		if (value === undefined || value === null) continue;
		const meta = fieldMeta(schema);
		const path = prefix ? `${prefix}.${key}` : key;
		if (meta?.widget === 'relation' && meta.collection) {
			const ids = Array.isArray(value) ? value : [value];
			for (const [index, id] of ids.entries()) {
				yield { field: Array.isArray(value) ? `${path}[${index}]` : path, label: meta.label, target: meta.collection, id: String(id) };
			}
			continue;
		}
		const inner = nestedShape(schema);
		if (!inner) continue;
		if (Array.isArray(value)) {
			for (const [index, row] of value.entries()) yield* relationsOf(inner, row, `${path}[${index}]`);
		} else {
			yield* relationsOf(inner, value, path);
		}
	}
}

export function currentEdition(entries: Pick<LoadedEntry, 'file'>[]): string | undefined {
	const editions = [...new Set(entries.map((e) => e.file.edition).filter(Boolean))] as string[];
	return editions.sort().at(-1);
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
		const url = entryUrl({ file, id, data: {}, body: '' }, current);
		if (url && file.collection.name !== 'sessions') pages.set(url, referrers);
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
			contentFiles: files.map((f) => f.file.relativePath),
			publicFiles: context.publicFiles,
			brokenPages: brokenPages(broken, current),
		}),
	);

	for (const { problemIndex, referrers } of broken.values()) {
		if (!referrers.size) continue;
		const first = problems[problemIndex];
		problems[problemIndex] = { ...first, message: `${first.message}（该条目被 ${referrers.size} 个条目引用，修好之前这些引用都无法显示）` };
	}
	for (const detect of entryDetectors) for (const entry of entries) problems.push(...detect(entry));
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

function relationProblems(entries: LoadedEntry[], broken: Map<string, Broken>): ContentProblem[] {
	const ids = knownIds(entries);
	const missing = new Map<string, { target: string; id: string; file: string; field: string; referrers: string[] }>();
	for (const entry of entries) {
		const file = entry.file.relativePath;
		for (const relation of relationsOf(entry.file.collection.schema.shape as FieldShape, entry.data)) {
			if (ids.get(relation.target)?.has(relation.id)) continue;
			const key = `${relation.target}\n${relation.id}`;
			const brokenTarget = broken.get(key);
			if (brokenTarget) {
				brokenTarget.referrers.add(file);
				continue;
			}
			const known = missing.get(key);
			if (!known) missing.set(key, { target: relation.target, id: relation.id, file, field: `${relation.label}（${relation.field}）`, referrers: [file] });
			else if (!known.referrers.includes(file)) known.referrers.push(file);
		}
	}
	return [...missing.values()].map(({ target, id, file, field, referrers }) => {
		const others = referrers.length > 1 ? `（共被 ${referrers.length} 个条目引用：${referrers.slice(0, 3).join('、')}${referrers.length > 3 ? ' 等' : ''}）` : '';
		return { file, field, message: `找不到标识为“${id}”的${COLLECTION_LABELS[target] ?? target}条目${others}。请从已有条目中选择，或先创建该条目` };
	});
}

/** Guide URLs share /guide/ with a few fixed pages; a section may not take their names. */
const RESERVED_SECTION_IDS = new Set(['print', 'editions', 'changes']);

function reservedSectionIds(entries: LoadedEntry[]): ContentProblem[] {
	return entries
		.filter((entry) => entry.file.collection.name === 'guide' && (RESERVED_SECTION_IDS.has(entry.id) || /^\d+$/.test(entry.id)))
		.map((entry) => ({
			file: entry.file.relativePath,
			field: '章节标识（section_id）',
			message: `“${entry.id}”是保留的网址，不能用作章节标识（不能用 print、editions、changes 或纯数字）`,
		}));
}

/** Ids other entries may point at. Guide sections are referred to by section id, in the current edition. */
function knownIds(entries: LoadedEntry[]): Map<string, Set<string>> {
	const ids = new Map<string, Set<string>>();
	const current = currentEdition(entries);
	for (const entry of entries) {
		const name = entry.file.collection.name;
		if (entry.file.collection.kind !== 'folder') continue;
		if (name === 'guide' && entry.file.edition !== current) continue;
		if (!ids.has(name)) ids.set(name, new Set());
		ids.get(name)!.add(entry.id);
	}
	return ids;
}

function editionProblems(entries: LoadedEntry[], files: ContentText[]): ContentProblem[] {
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

function frozenProblems(entries: LoadedEntry[], files: ContentText[], settings: Map<string, Record<string, unknown> | undefined>): ContentProblem[] {
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

function glossaryProblems(entries: LoadedEntry[]): ContentProblem[] {
	const glossary = entries.find((e) => e.file.collection.name === 'glossary');
	if (!glossary) return [];
	const terms = glossary.data.terms as Array<{ term: string; see_also?: string[] }>;
	const known = new Set(terms.map((t) => t.term));
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();
	for (const [index, term] of terms.entries()) {
		if (seen.has(term.term)) {
			problems.push({ file: glossary.file.relativePath, field: `术语（terms[${index}].term）`, message: `术语“${term.term}”重复` });
		}
		seen.add(term.term);
		for (const [j, other] of (term.see_also ?? []).entries()) {
			if (!known.has(other)) {
				problems.push({ file: glossary.file.relativePath, field: `参见（terms[${index}].see_also[${j}]）`, message: `术语表中没有“${other}”。参见只能填写本表已有的术语` });
			}
		}
	}
	return problems;
}

function statusHistoryProblems(entries: LoadedEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		if (entry.file.collection.name !== 'briefs') continue;
		const dates = (entry.data.status_history as Array<{ date: string | number }>).map((row) => String(row.date));
		for (let i = 1; i < dates.length; i++) {
			if (dates[i] < dates[i - 1]) {
				problems.push({ file: entry.file.relativePath, field: `日期（status_history[${i}].date）`, message: `状态记录应按时间先后排列：${dates[i]} 早于上一行的 ${dates[i - 1]}` });
			}
		}
	}
	return problems;
}

/** One readable block listing every problem, for the build log; `root` is prefixed to each file. */
export function formatProblems(problems: ContentProblem[], root = ''): string {
	const prefix = root && !root.endsWith('/') ? `${root}/` : root;
	const lines = problems.map((p) => `  • ${prefix}${p.file}${p.field ? ` → ${p.field}` : ''}：${p.message}`);
	return `内容检查发现 ${problems.length} 个问题（Content check found ${problems.length} problem(s)）：\n${lines.join('\n')}`;
}
