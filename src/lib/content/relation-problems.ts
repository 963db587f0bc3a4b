/**
 * Relations that do not resolve. A missing id is reported once, on the first entry that uses it,
 * with the others that do; a reference to an entry that is there but broken is not reported at
 * all — it is counted on the broken entry's own message instead.
 */
import { allCollections } from '../../schemas';
import { fieldMeta, nestedShape, type FieldShape } from '../../schemas/fields';
import type { ContentProblem } from './problem';
import type { LoadedEntry } from './read-entry';
import { currentEdition } from './current-edition';

/** Entries that failed to read, by `collection\nid`, with the files that refer to them. */
export type BrokenTargets = Map<string, { referrers: Set<string> }>;

/** What a relation points into, as an editor knows it. */
function targetLabel(target: string): string {
	const definition = allCollections.find((collection) => collection.name === target);
	return definition?.targetLabel ?? definition?.label ?? target;
}

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

export function relationProblems(entries: LoadedEntry[], broken: BrokenTargets): ContentProblem[] {
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
		return { file, field, message: `找不到标识为“${id}”的${targetLabel(target)}条目${others}。请从已有条目中选择，或先创建该条目` };
	});
}

