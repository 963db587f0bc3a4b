/**
 * Registers the admin's Chinese: Decap's zh_Hans with our phrases over it (./locale-phrases.ts).
 */
import type { CMS } from 'decap-cms-core';
import { adminPhrases, saveAgainInstruction, type Phrases } from './locale-phrases';

export const LOCALE = 'zh_Hans';

export interface AdminWording {
	/** How the problems panel tells the editor to save again. */
	saveAgain: string;
}

export function registerLocale(cms: CMS, { writesFiles }: { writesFiles: boolean }): AdminWording {
	const phrases = adminPhrases(cms.getLocale(LOCALE) as Phrases, { writesFiles });
	cms.registerLocale(LOCALE, phrases);
	return { saveAgain: saveAgainInstruction(phrases, { writesFiles }) };
}
