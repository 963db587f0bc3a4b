/**
 * E-mail addresses. A person's address is personal data wherever it appears; an organisation's
 * public mailbox belongs in a field its schema declares public (`privacy: 'public-contact'`, e.g.
 * 转介联系方式), where this rule does not apply.
 */
import type { Match } from './types';

const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])/g;
/** report@2x.png is a file name (a retina image), not an address. */
const FILE_EXTENSION = /\.(?:png|jpe?g|gif|svg|webp|pdf|docx?|xlsx?|pptx?|zip)$/i;

export function findEmails(text: string): Match[] {
	return [...text.matchAll(EMAIL)].filter((m) => !FILE_EXTENSION.test(m[0])).map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}
