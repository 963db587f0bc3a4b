/**
 * Per-entry detectors: checks that look at one readable entry's text and data on their own (personal
 * data now; unsafe markup can join here), each naming the field it found something in
 * (text-fields.ts). The content check runs every detector over every entry
 * that passed its schema, in the build and in the CMS alike. To add one, append it to the list.
 */
import { findPersonalData } from './personal-data';
import type { ContentProblem } from './problem';
import type { LoadedEntry } from './read-entry';
import { textFields } from './text-fields';

export type EntryDetector = (entry: LoadedEntry) => ContentProblem[];

const PERSONAL_DATA_COLLECTIONS = new Set<string>(['cases', 'briefs', 'events', 'guide', 'sessions']);

const personalData: EntryDetector = (entry) => {
	if (!PERSONAL_DATA_COLLECTIONS.has(entry.file.collection.name)) return [];
	return textFields(entry).flatMap(({ field, text }) => findPersonalData(text).map((message) => ({ file: entry.file.relativePath, field, message })));
};

export const entryDetectors: EntryDetector[] = [personalData];
