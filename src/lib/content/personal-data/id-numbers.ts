/**
 * Resident ID numbers (居民身份证号): 18 characters, written whole or in groups (110101 19491001
 * 1234, or with a space every few digits), counted only when the birth date is a real date and
 * the check character is right (GB 11643), so long numbers of other kinds are not reported.
 */
import { normaliseDigits } from './digits';
import type { Match } from './types';

const CANDIDATE = /(?<![\dXx])\d(?:[ \-]?\d){16}[ \-]?[\dXx](?![\dXx])/g;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function isResidentId(value: string): boolean {
	const id = value.replace(/[ \-]/g, '').toUpperCase();
	if (!/^\d{17}[\dX]$/.test(id)) return false;
	const year = Number(id.slice(6, 10));
	const month = Number(id.slice(10, 12));
	const day = Number(id.slice(12, 14));
	const date = new Date(Date.UTC(year, month - 1, day));
	if (year < 1900 || year > 2100 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return false;
	const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
	return CHECK[sum % 11] === id[17];
}

export function findIdNumbers(written: string): Match[] {
	const text = normaliseDigits(written);
	return [...text.matchAll(CANDIDATE)]
		.filter((m) => isResidentId(m[0]))
		.map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: written.slice(m.index!, m.index! + m[0].length) }));
}
