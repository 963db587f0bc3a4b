/**
 * The printed handbook of a guide edition (/guide/<edition>/print/ and its PDF): chapters whose
 * own headings sit one level below the chapter title, the organisations for the cover, and the
 * credits gathered into a colophon instead of under every heading.
 */
import type { CreditOf } from '../attribution/credit';
import { guideSectionAuthorship } from '../attribution/guide-section-authorship';
import type { Authorship } from '../attribution/sections';
import type { ContentHistory } from '../git/history';
import { compareChinese } from '../model/order';
import type { Entry, GuideEditionView } from '../model/types';
import type { GuideSection } from '../../schemas/guide';

/**
 * A chapter title is an h2 on the print page, so the section's own `##` headings become h3 and so
 * on: printed, a chapter title is never smaller than the headings inside it.
 */
export function demoteHeadings(html: string): string {
	let out = html;
	for (let level = 5; level >= 1; level--) {
		out = out
			.replace(new RegExp(`<h${level}(?=[\\s>])`, 'g'), `<h${level + 1}`)
			.replace(new RegExp(`</h${level}>`, 'g'), `</h${level + 1}>`)
			.replace(new RegExp(`\\blevel-h${level}\\b`, 'g'), `level-h${level + 1}`);
	}
	return out;
}

/** Every organisation credited on any chapter of the edition, in Chinese collation order (never ranked). */
export function editionOrganisations(edition: GuideEditionView, orgNames: Map<string, string>): string[] {
	const ids = new Set(edition.sections.flatMap((section) => section.data.credits.map((credit) => credit.org)));
	return [...ids].map((id) => orgNames.get(id) ?? id).sort(compareChinese);
}

/**
 * Who wrote a chapter's current text, from the same replayed history that puts the credit under
 * each heading on the guide pages, summed over the chapter's sections.
 */
export function chapterWriters(
	section: Entry<GuideSection>,
	history: ContentHistory,
	creditOf: CreditOf,
): Authorship | undefined {
	const parts = guideSectionAuthorship(section, history, creditOf);
	if (!parts) return undefined;
	return {
		orgs: [...new Set(parts.flatMap((part) => part.orgs))],
		unknownEditors: parts.some((part) => part.unknownEditors),
		imported: parts.some((part) => part.imported),
		unknownHistory: parts.some((part) => part.unknownHistory),
	};
}

export interface HandbookChapter {
	section: Entry<GuideSection>;
	id: string;
	title: string;
	html: string;
	writers?: Authorship;
}

/** Everything the print page draws, from the one history read of the build. */
export function handbookChapters(edition: GuideEditionView, history: ContentHistory, creditOf: CreditOf): HandbookChapter[] {
	return edition.sections.map((section) => ({
		section,
		id: `chapter-${section.data.section_id}`,
		title: `${section.data.section_no} ${section.data.title}`,
		html: demoteHeadings(section.rendered?.html ?? ''),
		writers: chapterWriters(section, history, creditOf),
	}));
}
