/**
 * Ticks on a guide section's checklists, per section and per edition: the 2025 edition's "入户探访"
 * and the 2024 edition's are different lists. Items are remembered by their text, so an item
 * moved within the list keeps its tick and an item reworded in a later edition starts unticked.
 */
import { readJson, removeKey, writeJson, type KeyValueStore } from './device-storage';

export function checklistStorageKey(edition: string, sectionId: string): string {
	return `gj-checklist:${edition}/${sectionId}`;
}

export function readTicks(store: KeyValueStore | undefined, key: string): Set<string> {
	const stored = readJson<unknown>(store, key, []);
	return new Set(Array.isArray(stored) ? stored.filter((item): item is string => typeof item === 'string') : []);
}

export function writeTicks(store: KeyValueStore | undefined, key: string, ticked: Iterable<string>): void {
	const items = [...ticked];
	if (items.length === 0) removeKey(store, key);
	else writeJson(store, key, items);
}
