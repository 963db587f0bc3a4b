/**
 * A collection's entries in the site model, whatever its kind, each with where it stands: the
 * guide's sections edition by edition, a file collection's one file, any other collection's list.
 */
import type { CollectionDefinition, CollectionName, DataOf, EditionPlace } from '../../schemas';
import type { Entry, SiteModel } from './types';

/** An entry of any collection of the site model. */
export type ModelEntry = Entry<DataOf<CollectionName>>;

export interface PlacedEntry {
	entry: ModelEntry;
	place: EditionPlace;
	/** For editioned collections: the title of the entry's edition. */
	editionTitle?: string;
}

/**
 * `current`: what readers see as the collection today (the current edition only); `all`: every
 * file, older editions included.
 */
export function collectionEntries(site: SiteModel, definition: CollectionDefinition, which: 'current' | 'all'): PlacedEntry[] {
	const here = { current: true };
	if (definition.kind === 'file') {
		const file = site.files[definition.name];
		return file ? [{ entry: file, place: here }] : [];
	}
	if (definition.editioned) {
		const editions = which === 'current' ? [site.currentEdition] : site.editions;
		return editions.flatMap((edition) =>
			edition.sections.map((section) => ({
				entry: section,
				place: { edition: edition.slug, current: edition.current },
				editionTitle: edition.title,
			})),
		);
	}
	return (site[definition.name] ?? []).map((entry: ModelEntry) => ({ entry, place: here }));
}
