/**
 * What saving one entry would break, decided before the CMS writes anything: the build's own
 * content checks (src/lib/content/check-files.ts) run over what the backend holds with the entry
 * replaced by the text about to be written. Problems in the entry itself must be fixed; problems
 * elsewhere count only if this save causes them (a duplicate id, a relation that stops resolving),
 * since what other files already got wrong is not this editor's to fix now.
 */
import { checkFiles, type CheckContext, type ContentProblem, type ContentText } from '../content/check-files';
import { formatOf } from '../content/format-of';
import { parseContentFile } from '../content/parse';
import { fieldMeta } from '../../schemas/fields';
import { findMdxSyntax } from './mdx-syntax';

export interface EntryToSave extends ContentText {
	/** Not yet a file: Decap would otherwise save a clashing id under a renamed file. */
	isNew: boolean;
}

const key = (problem: ContentProblem) => `${problem.file}\n${problem.field}\n${problem.message}`;

function parsed(entry: ContentText): Record<string, unknown> {
	try {
		return parseContentFile(entry.text, formatOf(entry.file));
	} catch {
		return {};
	}
}

function idFieldLabel(entry: ContentText): { field: string; id?: string; label: string } | undefined {
	const { collection } = entry.file;
	if (collection.kind !== 'folder') return undefined;
	const field = collection.idField;
	const value = parsed(entry)[field];
	return { field, id: value === undefined ? undefined : String(value), label: fieldMeta(collection.schema.shape[field])?.label ?? field };
}

/** A new entry whose id is already a file name in its folder. */
function takenIdProblem(saved: EntryToSave): ContentProblem {
	const id = idFieldLabel(saved)!;
	return {
		file: saved.file.relativePath,
		field: `${id.label}（${id.field}）`,
		message: `标识“${id.id}”已被 ${saved.file.relativePath} 使用。同一类内容的标识必须唯一，请换一个`,
	};
}

/** The id is the file name and the URL, and other entries point at it: it stays what it was. */
function renamedIdProblems(previous: ContentText, saved: EntryToSave): ContentProblem[] {
	const before = idFieldLabel(previous);
	const after = idFieldLabel(saved);
	if (!before?.id || !after || before.id === after.id) return [];
	return [
		{
			file: saved.file.relativePath,
			field: `${after.label}（${after.field}）`,
			message: `已有条目的标识不能修改（原为“${before.id}”）：标识也是文件名和网址，其他内容靠它引用本条目。请改回“${before.id}”；确需改名请联系网络协调人`,
		},
	];
}

function mdxProblems(saved: EntryToSave): ContentProblem[] {
	const body = parsed(saved).body;
	if (typeof body !== 'string') return [];
	return findMdxSyntax(body).map((message) => ({ file: saved.file.relativePath, field: '正文', message }));
}

/** `context` holds what else the backend has: the settings files (frozen editions' fingerprints). */
export function problemsBeforeSaving(stored: ContentText[], saved: EntryToSave, context: CheckContext = {}): ContentProblem[] {
	const path = saved.file.relativePath;
	const previous = stored.find((entry) => entry.file.relativePath === path);
	if (saved.isNew && previous) return [takenIdProblem(saved)];
	const known = new Set(checkFiles(stored, context).problems.map(key));
	const after = checkFiles([...stored.filter((entry) => entry !== previous), saved], context).problems;
	return [
		...(previous ? renamedIdProblems(previous, saved) : []),
		...after.filter((problem) => problem.file === path || !known.has(key(problem))),
		...mdxProblems(saved),
	];
}
