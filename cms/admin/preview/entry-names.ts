/**
 * The names the site shows for the ids an entry points at: an organisation's short name, a
 * case's title, a guide section's number and title. Read from the backend when the first preview
 * opens, and again after each save.
 */
import { useEffect, useState } from 'react';
import { parseContentFile } from '../../../src/lib/content/parse';
import { formatOf } from '../../../src/lib/content/format-of';
import type { AdminSetup } from '../../config/admin-setup';
import { namingFields } from '../../config/relation-options';
import { readStoredContent } from '../stored-content';
import { FULL_NAMES } from '../../../src/lib/views/relation-links';

/** Collection → id → name. */
export type EntryNames = Map<string, Map<string, string>>;

let loading: Promise<EntryNames> | undefined;

async function readEntryNames(setup: AdminSetup): Promise<EntryNames> {
	const names: EntryNames = new Map();
	for (const { file, text } of await readStoredContent(setup.editions)) {
		const { collection } = file;
		if (collection.kind === 'folder' && collection.editioned && file.edition !== setup.editions.at(-1)) continue;
		let data: Record<string, unknown>;
		try {
			data = parseContentFile(text, formatOf(file));
		} catch {
			continue;
		}
		const add = (key: string, id: unknown, name: unknown) => {
			if (!names.has(key)) names.set(key, new Map());
			names.get(key)!.set(String(id), String(name));
		};
		if (collection.kind === 'file') {
			// The rows of a settings list (the guide's editions), each by its id field.
			const rows = Array.isArray(data[collection.listField]) ? (data[collection.listField] as Record<string, unknown>[]) : [];
			for (const row of rows) add(collection.name, row[collection.rowIdField], namingFields(Object.keys(row)).map((field) => row[field]).join(' '));
			continue;
		}
		add(collection.name, data[collection.idField], data.short_name ?? namingFields(Object.keys(data)).map((field) => data[field]).join(' '));
		// Pages name a related organisation in full; credits use its short name.
		if (data.short_name) add(FULL_NAMES + collection.name, data[collection.idField], data.name);
	}
	return names;
}

export function forgetEntryNames() {
	loading = undefined;
}

export function useEntryNames(setup: AdminSetup): EntryNames {
	const [names, setNames] = useState<EntryNames>(new Map());
	useEffect(() => {
		let current = true;
		loading ??= readEntryNames(setup);
		loading.then((loaded) => current && setNames(loaded)).catch(() => undefined);
		return () => {
			current = false;
		};
	}, []);
	return names;
}
