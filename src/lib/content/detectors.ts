/**
 * Per-entry detectors: checks that look at one readable entry's text and data on their own (personal
 * data now; unsafe markup can join here). The content check runs every detector over every entry
 * that passed its schema, in the build and in the CMS alike. To add one, append it to the list.
 */
import { findPersonalData } from './personal-data';
import type { ContentProblem } from './problem';
import type { LoadedEntry } from './read-entry';

export type EntryDetector = (entry: LoadedEntry) => ContentProblem[];

function allStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(allStrings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(allStrings);
	return [];
}

const PERSONAL_DATA_COLLECTIONS = new Set<string>(['cases', 'briefs', 'events', 'guide', 'sessions']);

const personalData: EntryDetector = (entry) => {
	if (!PERSONAL_DATA_COLLECTIONS.has(entry.file.collection.name)) return [];
	return [entry.body, ...allStrings(entry.data)].flatMap((text) =>
		findPersonalData(text).map((message) => ({ file: entry.file.relativePath, field: '正文或字段内容', message })),
	);
};

export const entryDetectors: EntryDetector[] = [personalData];
