/**
 * Street addresses precise enough to find a door: a road, street, lane or hutong followed by a
 * house number (石佛营东里12号, 和平路 25 号), or a building/unit/room number (3号楼2单元401,
 * 5栋1203室). A neighbourhood or community name alone (东风地区石佛营东里社区) is how cases say
 * where they happened, and is not reported; nor are document numbers (民发〔2015〕12号).
 */
import { normaliseDigits } from './digits';
import type { Match } from './types';

const NUMERALS = '[\\d一二三四五六七八九十百零〇两]';
const STREET_NUMBER = new RegExp(`(?:路|街|大街|巷|胡同|弄|里|道|村|屯)\\s?[甲乙丙丁]?\\s?${NUMERALS}{1,4}\\s?(?:号|號)(?:院|楼)?(?:\\s?\\d{1,3}\\s?(?:号楼|栋|幢|单元|室|层))*(?:\\s?\\d{1,4}(?:室|号)?)?`, 'gu');
const BUILDING_ROOM = /(?<!\d)\d{1,3}\s?(?:号楼|栋|幢)\s?\d{1,2}\s?(?:单元|门)\s?\d{2,4}(?:\s?室|号)?(?!\d)|(?<!\d)\d{1,3}\s?(?:号楼|栋|幢)\s?\d{3,4}\s?室/g;

/** The words before a street name that the match may have swallowed: 住在 | 和平路25号. */
const LEAD_IN = /^.*[在住于是的到为与和址：:]/u;

/** 街道 is a sub-district, not a street: 东四街道 3 号文件 is not an address. */
const notAStreet = (text: string) => /街道\s?\d/.test(text);

export function findStreetAddresses(written: string): Match[] {
	const text = normaliseDigits(written);
	const found: Match[] = [];
	for (const pattern of [STREET_NUMBER, BUILDING_ROOM]) {
		for (const m of text.matchAll(pattern)) {
			if (notAStreet(text.slice(Math.max(0, m.index! - 1), m.index! + m[0].length))) continue;
			// The street's name: the Chinese characters before 路/街…, less any words leading into it.
			let start = m.index!;
			if (pattern === STREET_NUMBER) {
				const name = /\p{Script=Han}{1,12}$/u.exec(text.slice(Math.max(0, start - 12), start))?.[0] ?? '';
				if (!name) continue;
				start -= name.length - (LEAD_IN.exec(name)?.[0].length ?? 0);
			}
			const end = m.index! + m[0].length;
			if (found.some((f) => start < f.end && end > f.start)) continue;
			found.push({ start, end, text: written.slice(start, end) });
		}
	}
	return found;
}
