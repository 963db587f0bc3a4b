/**
 * Characters an editor cannot see: zero-width spaces and joiners, bidi marks, soft hyphens, the
 * BOM, and the odd spaces Word and web pages paste. A value that holds one looks identical to the
 * allowed value it fails to match, so messages write them out as `<U+200B>`.
 */
export const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u00A0\u2000-\u200A\u2028\u2029\u3164]/g;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The text with every invisible character written as `<U+XXXX>`. */
export function showInvisible(text: string): string {
	return text.replace(INVISIBLE, (char) => `<${codePoint(char)}>`);
}

/** `U+000B` for a character, as messages name it. */
export const unicodeName = codePoint;
