/**
 * Who changed a guide section from one edition to the next: the older edition's text replayed
 * against the newer file's history, read through the same cached file reading as the section
 * authorship (guide-section-authorship.ts).
 */
import type { GuideSection } from '../../schemas/guide';
import { contentPathOf } from '../content/paths';
import { readContentFile } from '../content/read-content-file';
import type { ContentHistory } from '../git/history';
import type { Entry } from '../model/types';
import { changeAuthors } from './change-authors';
import type { CreditOf } from './credit';
import type { Authorship } from './sections';

/** `undefined` when the newer file has no history (not committed, or no git). */
export function editionChangeAuthors(before: Entry<GuideSection>, after: Entry<GuideSection>, history: ContentHistory, creditOf: CreditOf): Authorship | undefined {
	const state = after.filePath ? history.files.get(contentPathOf(after.filePath))?.state : undefined;
	if (!state || !before.filePath) return undefined;
	return changeAuthors(readContentFile(before.filePath), state, creditOf);
}
