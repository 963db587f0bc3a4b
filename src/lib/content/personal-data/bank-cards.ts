/**
 * Bank card numbers: 16 to 19 digits, whole or in groups of four, starting as the card schemes in
 * use in China do (62 UnionPay, 4 Visa, 5 Mastercard, 35 JCB, 37 Amex) and passing the Luhn check,
 * which one random number in ten passes — hence the prefix as well.
 */
import { normaliseDigits } from './digits';
import type { Match } from './types';

const CANDIDATE = /(?<![\d.])(?:62|4\d|5[1-5]|35|37)\d{2}(?:[ \-]?\d){12,15}(?![\d.])/g;

export function passesLuhn(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let digit = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
		sum += digit;
	}
	return sum % 10 === 0;
}

export function findBankCards(written: string): Match[] {
	const text = normaliseDigits(written);
	return [...text.matchAll(CANDIDATE)]
		.filter((m) => {
			const digits = m[0].replace(/\D/g, '');
			return digits.length >= 16 && digits.length <= 19 && passesLuhn(digits);
		})
		.map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: written.slice(m.index!, m.index! + m[0].length) }));
}
