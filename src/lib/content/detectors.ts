/**
 * Per-entry detectors: checks that look at one readable entry's text and data on their own, each
 * naming the field (by its Chinese label and key) and the line it found something in. The content
 * check runs every detector over every entry that passed its schema, in the build and in the CMS
 * alike. To add one, append it to the list.
 */
import { contentSafetyProblems } from './content-safety';
import type { ContentProblem } from './problem';
import type { LoadedEntry } from './read-entry';

export interface DetectorContext {
	/** The file's text as written, for line numbers. */
	text: string;
	/** Names marked （化名） anywhere in the content: a pseudonym on one page is one on every page. */
	pseudonyms: Set<string>;
}

export type EntryDetector = (entry: LoadedEntry, context: DetectorContext) => ContentProblem[];

/** Markup that could run in a browser, personal data, photos without consent, Starlight page settings. */
const contentSafety: EntryDetector = (entry, { text, pseudonyms }) =>
	contentSafetyProblems(entry.file.collection, entry.data, entry.body, text, pseudonyms).map((problem) => ({ file: entry.file.relativePath, ...problem }));

export const entryDetectors: EntryDetector[] = [contentSafety];
