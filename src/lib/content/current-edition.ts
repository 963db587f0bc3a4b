/** The current guide edition: the newest edition folder. */
import type { LoadedEntry } from './read-entry';

export function currentEdition(entries: Pick<LoadedEntry, 'file'>[]): string | undefined {
	const editions = [...new Set(entries.map((e) => e.file.edition).filter(Boolean))] as string[];
	return editions.sort().at(-1);
}

