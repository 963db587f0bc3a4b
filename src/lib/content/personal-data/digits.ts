/**
 * Full-width digits and signs (１３８, ＋８６, －) are how numbers come out of many Chinese input
 * methods. Each maps to one ASCII character, so offsets in the normalised text are offsets in the
 * text as written.
 */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF08\uFF09\u3000\uFF38\uFF58]/g;

export function normaliseDigits(text: string): string {
	return text.replace(FULL_WIDTH, (char) => (char === '\u3000' ? ' ' : String.fromCharCode(char.charCodeAt(0) - 0xfee0)));
}

export const digitsOnly = (text: string) => normaliseDigits(text).replace(/[^\dXx]/g, '');

/** `138****5678`: enough to find the place, not enough to republish the number. */
export function mask(text: string): string {
	const digits = digitsOnly(text);
	if (digits.length <= 6) return '*'.repeat(digits.length);
	return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
