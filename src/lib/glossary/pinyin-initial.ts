/**
 * The pinyin initial (A–Z) of a Chinese term, for the glossary's index, without a pinyin
 * dictionary: the Chinese collation every JavaScript engine ships sorts Han characters by pinyin,
 * so a character's initial is the last letter whose first character sorts at or before it. The
 * boundary characters are the first characters of each initial in that order (there are no
 * syllables starting with I, U or V).
 */
const collator = new Intl.Collator('zh-CN-u-co-pinyin');
const BOUNDARIES: [string, string][] = [
	['A', '阿'], ['B', '八'], ['C', '嚓'], ['D', '哒'], ['E', '妸'], ['F', '发'], ['G', '旮'], ['H', '哈'],
	['J', '丌'], ['K', '咔'], ['L', '垃'], ['M', '妈'], ['N', '拏'], ['O', '噢'], ['P', '妑'], ['Q', '七'],
	['R', '呥'], ['S', '仨'], ['T', '他'], ['W', '屲'], ['X', '夕'], ['Y', '丫'], ['Z', '帀'],
];

/** 'A'–'Z' for a term starting with a Han character or a Latin letter; '#' for anything else. */
export function pinyinInitial(term: string): string {
	const first = term.trim()[0] ?? '';
	if (/[a-z]/i.test(first)) return first.toUpperCase();
	if (!/\p{Script=Han}/u.test(first)) return '#';
	let initial = '#';
	for (const [letter, boundary] of BOUNDARIES) {
		if (collator.compare(first, boundary) >= 0) initial = letter;
		else break;
	}
	return initial;
}

/** Terms grouped by initial, A–Z then '#', each group in Chinese order. */
export function groupByInitial<T>(items: T[], termOf: (item: T) => string): { initial: string; items: T[] }[] {
	const groups = new Map<string, T[]>();
	for (const item of [...items].sort((a, b) => collator.compare(termOf(a), termOf(b)))) {
		const initial = pinyinInitial(termOf(item));
		groups.set(initial, [...(groups.get(initial) ?? []), item]);
	}
	return [...groups.entries()].sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b))).map(([initial, grouped]) => ({ initial, items: grouped }));
}
