/** Orderings shared by every list on the site. */
import type { Entry } from './types';

/** "6.1" sorts after "6" and before "10". */
export function compareSectionNumbers(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
		if (diff) return diff;
	}
	return 0;
}

export const bySectionNumber = <T extends { section_no: string }>(a: Entry<T>, b: Entry<T>) =>
	compareSectionNumbers(a.data.section_no, b.data.section_no);

export const byOrder = <T extends { order: number }>(a: Entry<T>, b: Entry<T>) => a.data.order - b.data.order;

/** Chinese titles in pinyin order, as a reader of a directory expects. */
const collator = new Intl.Collator('zh-CN-u-co-pinyin');
export const byTitle = <T extends { title: string }>(a: Entry<T>, b: Entry<T>) => collator.compare(a.data.title, b.data.title);
export const byName = <T extends { name: string }>(a: Entry<T>, b: Entry<T>) => collator.compare(a.data.name, b.data.name);
export const compareChinese = (a: string, b: string) => collator.compare(a, b);
