/**
 * The benchmark's queries, drawn from the corpus with a fixed seed so every run asks the same:
 * domain terms readers type, random 2–4 character substrings of the pages' text, multi-word
 * queries, and Latin or mixed words.
 */
import type { TruthPage } from './ground-truth';

export interface QuerySet {
	name: string;
	queries: string[];
}

/** Terms from the network's own vocabulary and the examples (发社区 is in no page). */
export const DOMAIN_TERMS = [
	'意定监护', '失独老人', '入户', '安全', '会工', '在社区', '发社区', '社会工作', '三社联动', '社区公益金',
	'老残共养', '认知障碍', '空巢老人', '高龄老人', '政府购买服务', '社工站', '居委会', '志愿者', '政策倡导',
	'需求评估', '个案工作', '知情同意', '紧急联系人', '养老服务',
];

const FIXED_MULTI_WORD = ['失独老人 照护', '入户 安全', '社区 志愿者 培训', '意定监护 试点'];
const FIXED_LATIN = ['PDF', 'NGO', '2024年', '2025年'];

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
export function seededRandom(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomSubstring(pages: readonly TruthPage[], random: () => number): string | undefined {
	const page = pages[Math.floor(random() * pages.length)];
	const runs = (page.text.match(/\p{Script=Han}{2,}/gu) ?? []).map((run) => [...run]);
	if (!runs.length) return undefined;
	const run = runs[Math.floor(random() * runs.length)];
	const length = Math.min(run.length, 2 + Math.floor(random() * 3));
	const start = Math.floor(random() * (run.length - length + 1));
	return run.slice(start, start + length).join('');
}

function distinct(count: number, next: () => string | undefined): string[] {
	const found = new Set<string>();
	for (let attempt = 0; found.size < count && attempt < count * 50; attempt++) {
		const query = next();
		if (query) found.add(query);
	}
	return [...found];
}

export function buildQuerySets(pages: readonly TruthPage[], seed = 42): QuerySet[] {
	const random = seededRandom(seed);
	const substrings = distinct(60, () => randomSubstring(pages, random));
	const pairs = distinct(16, () => {
		// Two substrings of one page, so the pair has at least one answer.
		const page = [pages[Math.floor(random() * pages.length)]];
		const [a, b] = [randomSubstring(page, random), randomSubstring(page, random)];
		return a && b && a !== b ? `${a} ${b}` : undefined;
	});
	const latinWords = [...new Set(pages.flatMap((page) => page.text.match(/\b[A-Za-z]{3,}\b/g) ?? []))].sort();
	const sampledLatin = distinct(Math.min(6, latinWords.length), () => latinWords[Math.floor(random() * latinWords.length)]);
	return [
		{ name: '领域词 domain terms', queries: DOMAIN_TERMS },
		{ name: '随机子串 random substrings', queries: substrings },
		{ name: '多词 multi-word', queries: [...FIXED_MULTI_WORD, ...pairs] },
		{ name: '拉丁与混合 Latin & mixed', queries: [...new Set([...FIXED_LATIN, ...sampledLatin])] },
	];
}
