/** What a view model is computed from: the entry, and how to resolve what it points at. */
import { getCollectionDefinition } from '../../schemas';
import type { SiteModel } from '../model/types';
import type { RelationLinks } from './relation-links';

export interface ViewContext {
	links: RelationLinks;
	/** The built site's model; absent in the CMS preview, which then shows no back-links. */
	site?: SiteModel;
}

// The form's data as the editor has it so far, or an entry's validated data: any field may be missing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ViewData = Record<string, any>;

export interface ViewEntry {
	/** Absent in a preview of an entry not yet saved. */
	id?: string;
	data: ViewData;
	/** Whether the Markdown body renders to anything (the site does not keep the source after loading). */
	hasBody: boolean;
}

export const listOf = <T = ViewData>(value: unknown): T[] => (Array.isArray(value) ? value : []);

export const collectionLabel = (name: string) => getCollectionDefinition(name).label;
