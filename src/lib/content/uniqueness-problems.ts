/**
 * Values that must be unique across entries: ids, the orderings the registry declares (guide
 * section numbers within an edition, sessions within a module …), and editor identities (a commit is credited
 * to the one organisation that lists its author).
 */
import { allCollections } from '../../schemas';
import { fieldMeta } from '../../schemas/fields';
import type { ContentProblem } from './problem';
import type { LoadedEntry } from './read-entry';

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
	for (const { name, uniqueOrder: rule } of allCollections) {
		if (!rule) continue;
		const seen = new Map<string, LoadedEntry>();
		for (const entry of entries) {
			if (entry.file.collection.name !== name) continue;
			const value = String(entry.data[rule.field]);
			const place = { edition: entry.file.edition, current: false };
			const key = `${rule.within?.({ id: entry.id, data: entry.data as never }, place) ?? ''}\n${value}`;
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
