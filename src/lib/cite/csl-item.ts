/**
 * The CSL-JSON record of one citable page. The organisations credited on the entry are its authors,
 * in the order the entry credits them; the date is the page's last change in the git history.
 */
export interface CslItem {
	id: string;
	type: 'webpage' | 'chapter' | 'dataset';
	title: string;
	author: { literal: string }[];
	/** The last change, when the history knows it. */
	issued?: { 'date-parts': [[number, number, number]] };
	URL: string;
	/** For a guide section: the guide and its edition. */
	'container-title'?: string;
	edition?: string;
	publisher?: string;
	language: 'zh-CN';
	/** The kind of page in Chinese (案例, 政策建议 …), kept for the RIS and BibTeX notes. */
	genre: string;
}

/** Organisations in credit order, each once (an organisation may hold two roles). */
export function authorsInCreditOrder(credits: readonly { org: string }[], nameOf: (org: string) => string): { literal: string }[] {
	return [...new Set(credits.map((c) => c.org))].map((org) => ({ literal: nameOf(org) }));
}

/** `YYYY-MM-DD` → CSL date parts. */
export function issuedOn(date: string | undefined): CslItem['issued'] {
	const match = date?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
	return match ? { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] } : undefined;
}
