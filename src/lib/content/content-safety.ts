/**
 * The safety checks of one content file: nothing in it that could run in a reader's browser
 * (unsafe-markup.ts), no personal data in any field (personal-data/), no photo in a case without
 * consent. (Starlight page settings that can carry HTML are refused by the pages schema's reading,
 * schema-problems.ts.) Each problem names the field by its
 * Chinese label and key and the line of the file, in the form editors read in the build log and
 * in the CMS: “背景（background）第 3 行”.
 */
import type { CollectionDefinition } from '../../schemas';
import { entryStrings, type EntryString } from './entry-strings';
import { collectPseudonyms, findPersonalData } from './personal-data';
import { findMarkupInText, findUnsafeMarkup } from './unsafe-markup';
import { fieldMeta, type FieldShape } from '../../schemas/fields';

/** The Chinese label of the consent field, as the editor sees it in the form. */
const consentLabel = (collection: CollectionDefinition, field: string) => fieldMeta((collection.schema.shape as FieldShape)[field])?.label ?? field;

/** check-files.ts gathers the site's pseudonyms once, from every file's text, before checking each. */
export { collectPseudonyms };

export interface SafetyProblem {
	field: string;
	message: string;
}

interface Exception {
	text: string;
}

const where = (string: EntryString, line: number) => `${string.label}（${string.path}）第 ${line} 行`;
const linesBefore = (value: string, index: number) => value.slice(0, index).split('\n').length - 1;
const IMAGE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)/g;

/**
 * `sitePseudonyms`: names marked （化名） anywhere in the content. A brief citing 郝奶奶 refers to
 * the person her case introduced as 郝奶奶（化名）; the name is a pseudonym on every page.
 */
export function contentSafetyProblems(
	collection: CollectionDefinition,
	data: Record<string, unknown>,
	body: string,
	text: string,
	sitePseudonyms: Set<string> = new Set(),
): SafetyProblem[] {
	const problems: SafetyProblem[] = [];
	const strings = [...entryStrings(collection, data, body, text)];
	const exceptions = ((data.privacy_exceptions as Exception[] | undefined) ?? []).map((row) => String(row?.text ?? '').trim()).filter(Boolean);
	const pseudonyms = new Set([...sitePseudonyms, ...collectPseudonyms(strings.map((s) => s.value))]);

	for (const string of strings) {
		if (string.path.startsWith('privacy_exceptions')) continue;
		const markup = string.widget === 'markdown' ? findUnsafeMarkup(string.value) : findMarkupInText(string.value);
		for (const finding of markup) problems.push({ field: where(string, string.line + finding.line - 1), message: finding.message });
		for (const finding of findPersonalData(string.value, { privacy: string.privacy, pseudonyms })) {
			const found = finding.text.trim();
			if (exceptions.some((allowed) => allowed.includes(found) || (allowed.length >= 4 && found.includes(allowed)))) continue;
			const line = string.line + linesBefore(string.value, finding.start);
			problems.push({ field: where(string, line), message: `${finding.message}。确属误报时，经审阅可把原文列入本条的“个人信息例外”（privacy_exceptions）并写明理由` });
		}
	}

	const consentField = collection.personalData?.photoConsentField;
	if (consentField && data[consentField] !== true) {
		// Only images under /files/ are shown (an image elsewhere is refused above on its own).
		const photo = strings.flatMap((s) => [...s.value.matchAll(IMAGE)].map((m) => ({ s, url: m[1], index: m.index! }))).find((image) => image.url.startsWith('/files/'));
		if (photo) {
			problems.push({
				field: where(photo.s, photo.s.line + linesBefore(photo.s.value, photo.index)),
				message: `${collection.labelSingular}中有照片（${photo.url}）。公开服务对象的照片须经本人书面同意：确认后勾选“${consentLabel(collection, consentField)}”（${consentField}），否则请删除照片`,
			});
		}
	}

	return problems;
}
