/**
 * The text that search compares, for pages and queries alike. Chinese is written without spaces,
 * so whitespace between two Han characters is a line break in the source or an artefact of PDF
 * extraction, never a word boundary: it is removed, and 社会\n工作 is found by 社会工作. Full-width
 * letters and digits, which a Chinese input method types, are read as their ASCII forms.
 */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060-\u2064\uFEFF]/gu;
const SPACE_BETWEEN_HAN = /(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu;
const FULL_WIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu;

export function normaliseText(text: string): string {
	return text
		.replace(INVISIBLE, '')
		.replace(FULL_WIDTH_ALNUM, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
		.replace(SPACE_BETWEEN_HAN, '')
		.replace(/\s+/gu, ' ')
		.trim();
}
