/**
 * The content checks, on the text of content files already read: every file against its schema,
 * ids unique, every relation pointing at an entry that exists, internal links resolving, no
 * personal data in the text. Each problem names the file, the field and what is allowed, in
 * Chinese, the language editors read. Plain TypeScript with no file access: `check.ts` feeds it a
 * content folder before a build, and the CMS feeds it what its backend holds plus the entry being
 * saved, so both run the very same checks.
 */
import type { z } from 'astro/zod';
import { fieldMeta, nestedShape, type FieldShape } from '../../schemas/fields';
import type { ContentFile } from './files';
import { parseContentFile } from './parse';
import { formatOf } from './format-of';
import { collectPseudonyms, contentSafetyProblems } from './content-safety';
import { buildRouteTable } from './route-table';

export interface ContentProblem {
	/** Path relative to the content root. */
	file: string;
	/** Field path such as `credits[1].org`, or empty for the whole file. */
	field: string;
	message: string;
}

export interface LoadedEntry {
	file: ContentFile;
	id: string;
	data: Record<string, unknown>;
	body: string;
}

/** A parsed entry that passed its schema. Rows of file collections are not entries here. */
export interface CheckResult {
	problems: ContentProblem[];
	entries: LoadedEntry[];
}

type Shape = FieldShape;

/** `credits.1.org` → `credits[1].org`, and the Chinese label of the innermost field. */
function describePath(shape: Shape, path: PropertyKey[]): { field: string; label: string } {
	let field = '';
	let label = '';
	let current: Shape | undefined = shape;
	for (const part of path) {
		if (typeof part === 'number') {
			field += `[${part}]`;
			continue;
		}
		field += field ? `.${String(part)}` : String(part);
		const schema: z.ZodType | undefined = current?.[String(part)];
		const meta = schema && fieldMeta(schema);
		if (meta) label = meta.label;
		current = schema ? nestedShape(schema) : undefined;
	}
	return { field, label };
}

function schemaProblems(file: ContentFile, data: unknown): ContentProblem[] {
	const result = file.collection.schema.safeParse(data);
	if (result.success) return [];
	return result.error.issues.map((issue) => {
		const { field, label } = describePath(file.collection.schema.shape, issue.path);
		return {
			file: file.relativePath,
			field: label ? `${label}（${field}）` : field,
			message: issue.code === 'unrecognized_keys' ? `有不认识的字段：${issue.keys.join('、')}` : issue.message,
		};
	});
}

/** Every relation value in an entry, with its field path and target collection. */
function* relationsOf(shape: Shape, data: unknown, prefix = ''): Generator<{ field: string; label: string; target: string; id: string }> {
	if (!data || typeof data !== 'object') return;
	for (const [key, schema] of Object.entries(shape)) {
		const value = (data as Record<string, unknown>)[key];
		if (value === undefined || value === null) continue;
		const meta = fieldMeta(schema);
		const path = prefix ? `${prefix}.${key}` : key;
		if (meta?.widget === 'relation' && meta.collection) {
			const ids = Array.isArray(value) ? value : [value];
			for (const [index, id] of ids.entries()) {
				yield {
					field: Array.isArray(value) ? `${path}[${index}]` : path,
					label: meta.label,
					target: meta.collection,
					id: String(id),
				};
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

function allStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(allStrings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
	return [];
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

/** A content file and its text. */
export interface ContentText {
	file: ContentFile;
	text: string;
}

export function checkFiles(files: ContentText[]): CheckResult {
	const problems: ContentProblem[] = [];
	const entries: LoadedEntry[] = [];

	const pseudonyms = collectPseudonyms(files.map((f) => f.text));
	for (const { file, text } of files) {
		let parsed: Record<string, unknown>;
		try {
			parsed = parseContentFile(text, formatOf(file));
		} catch (error) {
			problems.push({ file: file.relativePath, field: '', message: `文件头（frontmatter）无法解析：${(error as Error).message.split('\n').slice(0, 3).join(' ')}` });
			continue;
		}
		const { body = '', ...data } = parsed as Record<string, unknown> & { body?: string };
		const fileProblems = schemaProblems(file, data);
		problems.push(...fileProblems);
		problems.push(...contentSafetyProblems(file.collection, data, String(body), text, pseudonyms).map((p) => ({ file: file.relativePath, ...p })));
		if (fileProblems.length) continue;
		const id = file.collection.kind === 'folder' ? String(data[file.collection.idField]) : file.collection.name;
		entries.push({ file, id, data, body: String(body) });
	}

	problems.push(...duplicateIds(entries));
	problems.push(...reservedSectionIds(entries));
	problems.push(...editionProblems(entries));

	const ids = knownIds(entries);
	for (const entry of entries) {
		for (const relation of relationsOf(entry.file.collection.schema.shape, entry.data)) {
			if (ids.get(relation.target)?.has(relation.id)) continue;
			problems.push({
				file: entry.file.relativePath,
				field: `${relation.label}（${relation.field}）`,
				message: `找不到标识为“${relation.id}”的${COLLECTION_LABELS[relation.target] ?? relation.target}条目。请从已有条目中选择，或先创建该条目`,
			});
		}
	}

	problems.push(...glossaryProblems(entries));
	problems.push(...statusHistoryProblems(entries));
	problems.push(...linkProblems(entries));
	return { problems, entries };
}

function duplicateIds(entries: LoadedEntry[]): ContentProblem[] {
	const seen = new Map<string, LoadedEntry>();
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		if (entry.file.collection.kind !== 'folder') continue;
		const key = `${entry.file.collection.name}/${entry.file.edition ?? ''}/${entry.id}`;
		const first = seen.get(key);
		if (first) {
			problems.push({
				file: entry.file.relativePath,
				field: `${entry.file.collection.idField}`,
				message: `标识“${entry.id}”与 ${first.file.relativePath} 重复。同一类内容的标识必须唯一，请换一个`,
			});
		} else {
			seen.set(key, entry);
		}
	}
	return problems;
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

export function currentEdition(entries: LoadedEntry[]): string | undefined {
	const editions = [...new Set(entries.map((e) => e.file.edition).filter(Boolean))] as string[];
	return editions.sort().at(-1);
}

function editionProblems(entries: LoadedEntry[]): ContentProblem[] {
	const listed = entries.find((e) => e.file.collection.name === 'editions');
	const folders = new Set(entries.map((e) => e.file.edition).filter(Boolean) as string[]);
	if (!folders.size) return [];
	if (!listed) return [{ file: 'guide/editions.yaml', field: '', message: '缺少指引版本列表 guide/editions.yaml' }];
	const rows = (listed.data.editions as Array<{ slug: string }>).map((row) => row.slug);
	const problems: ContentProblem[] = [];
	for (const folder of folders) {
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
		const history = entry.data.status_history as Array<{ date: string | Date }>;
		const dates = history.map((row) => (row.date instanceof Date ? row.date.toISOString().slice(0, 10) : String(row.date)));
		for (let i = 1; i < dates.length; i++) {
			if (dates[i] < dates[i - 1]) {
				problems.push({ file: entry.file.relativePath, field: `日期（status_history[${i}].date）`, message: `状态记录应按时间先后排列：${dates[i]} 早于上一行的 ${dates[i - 1]}` });
			}
		}
	}
	return problems;
}

const INTERNAL_LINK = /\]\((\/[^)\s#?]*)[^)]*\)/g;

function linkProblems(entries: LoadedEntry[]): ContentProblem[] {
	const known = buildRouteTable(entries);
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		for (const text of [entry.body, ...allStrings(entry.data)]) {
			for (const match of text.matchAll(INTERNAL_LINK)) {
				const target = match[1].endsWith('/') || /\.\w+$/.test(match[1]) ? match[1] : `${match[1]}/`;
				if (known.has(decodeURI(target)) || target.startsWith('/files/')) continue;
				problems.push({ file: entry.file.relativePath, field: '正文链接', message: `站内链接 ${match[1]} 指向的页面不存在` });
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
