/**
 * Who wrote each `##` part of one guide section's current text, read from its file and replayed
 * history once per build: the section page, the print page's colophon and the organisation
 * profiles all ask for it. What changed between two editions is attributed the same way
 * (edition-change-authors.ts).
 */
import type { GuideSection } from '../../schemas/guide';
import { contentPathOf } from '../content/paths';
import { readContentFile } from '../content/read-content-file';
import type { ContentHistory } from '../git/history';
import type { Entry } from '../model/types';
import type { CreditOf } from './credit';
import { sectionAuthorship, type SectionAuthorship } from './sections';

const cache = new WeakMap<ContentHistory, WeakMap<CreditOf, Map<string, SectionAuthorship[]>>>();

/** `undefined` when the section's file has no history (not committed, or no git). */
export function guideSectionAuthorship(section: Entry<GuideSection>, history: ContentHistory, creditOf: CreditOf): SectionAuthorship[] | undefined {
	const path = section.filePath ? contentPathOf(section.filePath) : undefined;
	const file = path ? history.files.get(path) : undefined;
	if (!path || !file) return undefined;
	let byCredit = cache.get(history);
	if (!byCredit) cache.set(history, (byCredit = new WeakMap()));
	let byPath = byCredit.get(creditOf);
	if (!byPath) byCredit.set(creditOf, (byPath = new Map()));
	let parts = byPath.get(path);
	if (!parts) byPath.set(path, (parts = sectionAuthorship(readContentFile(section.filePath!), file.state, creditOf)));
	return parts;
}
