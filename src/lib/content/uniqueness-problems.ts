/**
 * Values that must be unique across entries: ids, guide section numbers within an edition, the
 * order of modules and of sessions within a module, and editor identities (a commit is credited
 * to the one organisation that lists its author).
 */
import { fieldMeta } from '../../schemas/fields';
import type { ContentProblem } from './problem';
import type { LoadedEntry } from './read-entry';

interface Rule {
	collection: string;
	field: string;
	/** Entries compared with each other: same group. */
	group: (entry: LoadedEntry) => string;
	message: (value: string, other: string) => string;
}

const RULES: Rule[] = [
	{
		collection: 'guide',
		field: 'section_no',
		group: (e) => e.file.edition ?? '',
		message: (value, other) => `章节编号 ${value} 与同一版本的 ${other} 重复，章节顺序会不确定。请换一个编号`,
	},
	{
		collection: 'modules',
		field: 'order',
		group: () => '',
		message: (value, other) => `顺序 ${value} 与 ${other} 重复，学习路径的先后会不确定。请换一个数字`,
	},
	{
		collection: 'sessions',
		field: 'order',
		group: (e) => String(e.data.module),
		message: (value, other) => `模块内顺序 ${value} 与同一模块的 ${other} 重复，单元的先后会不确定。请换一个数字`,
	},
];

function labelled(entry: LoadedEntry, field: string): string {
	const schema = entry.file.collection.schema.shape[field as keyof typeof entry.file.collection.schema.shape];
	return `${(schema && fieldMeta(schema)?.label) ?? field}（${field}）`;
}

export function duplicateIds(entries: LoadedEntry[]): ContentProblem[] {
	const seen = new Map<string, LoadedEntry>();
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const { collection } = entry.file;
		if (collection.kind !== 'folder') continue;
		const key = `${collection.name}/${entry.file.edition ?? ''}/${entry.id}`;
		const first = seen.get(key);
		if (!first) {
			seen.set(key, entry);
			continue;
		}
		problems.push({
			file: entry.file.relativePath,
			field: collection.idField,
			message: `标识“${entry.id}”与 ${first.file.relativePath} 重复。同一类内容的标识必须唯一，请换一个`,
		});
	}
	return problems;
}

export function duplicateOrderings(entries: LoadedEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const rule of RULES) {
		const seen = new Map<string, LoadedEntry>();
		for (const entry of entries) {
			if (entry.file.collection.name !== rule.collection) continue;
			const value = String(entry.data[rule.field]);
			const key = `${rule.group(entry)}\n${value}`;
			const first = seen.get(key);
			if (!first) {
				seen.set(key, entry);
				continue;
			}
			problems.push({ file: entry.file.relativePath, field: labelled(entry, rule.field), message: rule.message(value, first.file.relativePath) });
		}
	}
	return problems;
}

export function sharedEditorIdentities(entries: LoadedEntry[]): ContentProblem[] {
	const owner = new Map<string, LoadedEntry>();
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		if (entry.file.collection.name !== 'organisations') continue;
		for (const [index, identity] of ((entry.data.editors as string[] | undefined) ?? []).entries()) {
			const key = identity.trim().toLowerCase();
			const first = owner.get(key);
			if (!first) {
				owner.set(key, entry);
				continue;
			}
			if (first === entry) continue;
			problems.push({
				file: entry.file.relativePath,
				field: `编辑身份（editors[${index}]）`,
				message: `编辑身份“${identity}”也登记在 ${first.file.relativePath} 中。一个编辑身份只能属于一家机构，否则修改记录会随意归到其中一家。请只保留在实际所属的机构`,
			});
		}
	}
	return problems;
}
