/** The page that shows an entry, for resolving its relative links and anchors: the registry's route. */
import type { LoadedEntry } from './read-entry';

export function entryUrl(entry: LoadedEntry, currentEdition: string | undefined): string | undefined {
	const { id, data, file } = entry;
	return file.collection.url({ id, data }, { edition: file.edition, current: file.edition === currentEdition });
}
