/**
 * Plain shapes of loaded entries. Pages get them from astro:content; unit tests build them by hand.
 */
import type { CollectionName, DataOf, FileCollectionName, FolderCollectionName } from '../../schemas';
import type { GuideEdition, GuideSection } from '../../schemas/guide';
import type { Term } from '../../schemas/glossary';
import type { AuthorResolver } from '../attribution/identities';

export interface Entry<T> {
	id: string;
	data: T;
	/** Path of the source file relative to the project root, as Astro reports it. */
	filePath?: string;
	/** The Markdown body, for Markdown collections. */
	body?: string;
	/** The body rendered to HTML when the content was loaded. */
	rendered?: { html: string };
}

export type Credit = { org: string; role: string };

export interface GuideEditionView extends GuideEdition {
	current: boolean;
	sections: Entry<GuideSection>[];
}

/** Every collection's entries, keyed by collection name; a file collection has at most one, the file. */
export type LoadedContent = { [N in CollectionName]: Entry<DataOf<N>>[] };

/** Each folder collection's entries by collection name, in the registry's order for that collection. */
export type CollectionEntries = { [N in FolderCollectionName]: Entry<DataOf<N>>[] };

/** Each file collection's one entry (the whole file), when the file is there. */
export type CollectionFiles = { [N in FileCollectionName]: Entry<DataOf<N>> | undefined };

export interface SiteModel extends CollectionEntries {
	files: CollectionFiles;
	/** The name readers know an organisation by (its short name when it has one), by id. */
	orgNames: Map<string, string>;
	/** The organisation a commit author edits for, from the organisations' editor identities. */
	organisationOfAuthor: AuthorResolver;
	/** The guide's editions, newest first, each with its sections. */
	editions: GuideEditionView[];
	currentEdition: GuideEditionView;
	glossary: { credits: Credit[]; terms: Term[]; filePath?: string };
}
