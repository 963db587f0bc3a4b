/** Rules within one entry's lists: glossary terms unique and cross-referenced, brief status rows in time order. */
import type { ContentProblem } from './problem';
import type { LoadedEntry } from './read-entry';

export function glossaryProblems(entries: LoadedEntry[]): ContentProblem[] {
	const glossary = entries.find((e) => e.file.collection.name === 'glossary');
	if (!glossary) return [];
	const terms = glossary.data.terms as Array<{ term: string; see_also?: string[] }>;
	const known = new Set(terms.map((t) => t.term));
	const problems: ContentProblem[] = [];
	const seen = new Set<string>();
	for (const [index, term] of terms.entries()) {
		if (seen.has(term.term)) {
			problems.push({ file: glossary.file.relativePath, field: `术语（terms[${index}].term）`, message: `术语“${term.term}”重复` });
		}
		seen.add(term.term);
		for (const [j, other] of (term.see_also ?? []).entries()) {
			if (!known.has(other)) {
				problems.push({ file: glossary.file.relativePath, field: `参见（terms[${index}].see_also[${j}]）`, message: `术语表中没有“${other}”。参见只能填写本表已有的术语` });
			}
		}
	}
	return problems;
}

export function statusHistoryProblems(entries: LoadedEntry[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		if (entry.file.collection.name !== 'briefs') continue;
		const dates = (entry.data.status_history as Array<{ date: string | number }>).map((row) => String(row.date));
		for (let i = 1; i < dates.length; i++) {
			if (dates[i] < dates[i - 1]) {
				problems.push({ file: entry.file.relativePath, field: `日期（status_history[${i}].date）`, message: `状态记录应按时间先后排列：${dates[i]} 早于上一行的 ${dates[i - 1]}` });
			}
		}
	}
	return problems;
}

