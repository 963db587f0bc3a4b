/**
 * Generates a large, valid corpus for benchmarks and scale tests: cases, briefs and guide
 * sections written from real Chinese sentences, with relations and credits, validated against the
 * real schemas and written the way the CMS writes files. Deterministic for a given seed.
 *
 * Generated entries are marked illustrative (示例) and say so in their source field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { z } from 'astro/zod';
import { briefSchema } from '../../../src/schemas/briefs';
import { caseSchema } from '../../../src/schemas/cases';
import { guideEditionsFileSchema, guideSectionSchema } from '../../../src/schemas/guide';
import {
	briefIssues,
	briefStatuses,
	caseKinds,
	communityTypes,
	consents,
	creditRoles,
	districts,
	guidePhases,
	methods,
	populations,
	serviceNeeds,
} from '../../../src/schemas/taxonomies';
import { serialiseLikeCms } from '../../../src/lib/cms/serialise';
import { readContentFolder } from '../../../src/lib/content/check';
import { currentEdition } from '../../../src/lib/content/check-files';
import { FROZEN_FILE, takeFingerprints } from '../../../src/lib/content/frozen-edition-problems';

/** Small, fast, seedable PRNG (mulberry32). */
export function random(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (max: number) => Math.floor(next() * max);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)];
	const some = <T>(items: readonly T[], min: number, max: number): T[] => {
		const count = min + int(max - min + 1);
		const chosen = new Set<T>();
		while (chosen.size < Math.min(count, items.length)) chosen.add(pick(items));
		return [...chosen];
	};
	return { next, int, pick, some };
}

/** Splits Chinese text into sentences of a readable length, dropping lines that are not prose. */
export function sentencesOf(text: string): string[] {
	return text
		.replace(/\s+/g, '')
		.split(/(?<=[。！？])/)
		.map((s) => s.trim())
		.filter((s) => s.length >= 12 && s.length <= 160 && /[\u4e00-\u9fff]{8}/.test(s) && !/[{}<>|#*`\\[\]]/.test(s));
}

export interface CorpusOptions {
	/** Total number of generated entries (cases + briefs + guide sections). */
	n: number;
	seed: number;
	/** Chinese sentences to write with. */
	sentences: string[];
	/** Organisation ids that generated entries credit. */
	organisations: string[];
	/** Content folder to write into (it already holds the starter corpus or a fixture). */
	contentDir: string;
	/** Existing guide editions in the folder, to keep out of the generated ones' way. */
	existingEditions?: { slug: string; title: string; published: string; summary: string }[];
}

export interface CorpusCounts {
	cases: number;
	briefs: number;
	guideSections: number;
	editions: number;
}

const SECTIONS_PER_EDITION = 25;

/** Shares of N: most generated entries are cases; guide sections stay few per edition. */
export function corpusShares(n: number): Omit<CorpusCounts, 'editions'> {
	const guideSections = Math.round(n * 0.05);
	const briefs = Math.round(n * 0.15);
	return { cases: n - briefs - guideSections, briefs, guideSections };
}

function write(path: string, data: Record<string, unknown>, format: 'md' | 'yaml', schema: z.ZodObject) {
	const { body, ...fields } = data;
	const parsed = schema.safeParse(fields);
	if (!parsed.success) throw new Error(`Generated entry ${path} is invalid: ${parsed.error.message}`);
	mkdirSync(join(path, '..'), { recursive: true });
	writeFileSync(path, serialiseLikeCms(data, format, schema));
}

const LATEST_YEAR = 2025;

/** The generated editions are older than the current one, so frozen like any superseded edition. */
function freezeOlderEditions(contentDir: string) {
	const guide = readContentFolder(contentDir).files.filter((f) => f.file.collection.name === 'guide' && f.file.edition);
	const files = guide.map((f) => ({ edition: f.file.edition!, relativePath: f.file.relativePath, text: f.text }));
	writeFileSync(join(contentDir, FROZEN_FILE), stringify(takeFingerprints(files, currentEdition(guide))));
}

export function generateCorpus(options: CorpusOptions): CorpusCounts {
	const rng = random(options.seed);
	const { sentences, organisations, contentDir } = options;
	const text = (count: number) => Array.from({ length: count }, () => rng.pick(sentences)).join('');
	const paragraphs = (count: number, perParagraph = 2) => Array.from({ length: count }, () => text(perParagraph)).join('\n\n');
	const title = () => rng.pick(sentences).replace(/[，。！？、；：“”（）]/g, '').slice(0, 18 + rng.int(8));
	const credits = () =>
		rng.some(organisations, 1, 3).map((org, index) => ({ org, role: index === 0 ? '主笔' : rng.pick(creditRoles) }));
	const shares = corpusShares(options.n);
	const source = '生成的基准测试语料（示例）：句子随机取自资料[000]–[004]原文，没有资料时取自入门内容，不是真实案例';

	const caseIds: string[] = [];
	for (let i = 0; i < shares.cases; i++) {
		const slug = `gen-case-${String(i + 1).padStart(5, '0')}`;
		caseIds.push(slug);
		const start = 2013 + rng.int(12);
		write(
			join(contentDir, 'cases', `${slug}.md`),
			{
				slug,
				title: title(),
				summary: rng.pick(sentences).slice(0, 40),
				case_kind: rng.pick(caseKinds),
				credits: credits(),
				district: rng.pick(districts),
				community_type: rng.pick(communityTypes),
				// Periods and status rows record the past: never after 2025, whatever the seed.
				period: { start: String(start), end: String(Math.min(start + 1 + rng.int(3), LATEST_YEAR)) },
				populations: rng.some(populations, 1, 3),
				service_needs: rng.some(serviceNeeds, 0, 3),
				methods: rng.some(methods, 1, 3),
				background: paragraphs(2),
				needs_assessment: paragraphs(1),
				intervention: paragraphs(2),
				outcomes: paragraphs(1),
				difficulties_reflection: paragraphs(1),
				pseudonymised: true,
				consent: rng.pick(consents),
				source,
				illustrative: true,
				body: `${paragraphs(2, 3)}\n`,
			},
			'md',
			caseSchema,
		);
	}

	for (let i = 0; i < shares.briefs; i++) {
		const slug = `gen-brief-${String(i + 1).padStart(5, '0')}`;
		const steps = 1 + rng.int(4);
		const year = 2016 + rng.int(8);
		write(
			join(contentDir, 'briefs', `${slug}.md`),
			{
				slug,
				title: title(),
				summary: rng.pick(sentences).slice(0, 40),
				issue: rng.pick(briefIssues),
				credits: credits(),
				target_bodies: ['某区民政局（示例）'],
				status_history: briefStatuses.slice(0, steps).map((status, step) => ({ date: String(Math.min(year + step, LATEST_YEAR)), status, note: rng.pick(sentences).slice(0, 30) })),
				evidence_cases: caseIds.length ? rng.some(caseIds, 1, 3) : [],
				proposals: Array.from({ length: 2 + rng.int(3) }, () => rng.pick(sentences).slice(0, 60)),
				source,
				illustrative: true,
				body: `${paragraphs(4, 3)}\n`,
			},
			'md',
			briefSchema,
		);
	}

	// Guide sections go into older, generated editions, so the current edition stays the real one
	// and each edition keeps the size of a real guide. Like a real guide, each edition revises the
	// one before: a fifth of its sections get one paragraph rewritten, the rest are carried over.
	const editionCount = Math.ceil(shares.guideSections / SECTIONS_PER_EDITION);
	const editions = Array.from({ length: editionCount }, (_, e) => ({
		slug: String(1990 + e),
		title: `${1990 + e} 版（生成的示例版本）`,
		published: `${1990 + e}-06-01`,
		summary: '基准测试生成的示例版本。',
	}));
	let previous: { title: string; summary: string; paragraphs: string[] }[] = [];
	for (const [e, edition] of editions.entries()) {
		const count = Math.min(SECTIONS_PER_EDITION, shares.guideSections - e * SECTIONS_PER_EDITION);
		const sections = Array.from({ length: count }, (_, i) => {
			const carried = previous[i];
			if (!carried) return { title: title(), summary: rng.pick(sentences).slice(0, 40), paragraphs: Array.from({ length: 6 }, () => text(3)) };
			if (rng.next() >= 0.2) return carried;
			const paragraphs = [...carried.paragraphs];
			paragraphs[rng.int(paragraphs.length)] = text(3);
			return { ...carried, paragraphs };
		});
		for (const [i, section] of sections.entries()) {
			const number = i + 1;
			const sectionId = `gen-section-${number}`;
			const [a, b, c, d, f, g] = section.paragraphs;
			write(
				join(contentDir, 'guide', edition.slug, `${String(number).padStart(2, '0')}-${sectionId}.md`),
				{
					section_id: sectionId,
					section_no: String(number),
					title: section.title,
					summary: section.summary,
					phase: guidePhases[number % guidePhases.length],
					credits: [{ org: organisations[number % organisations.length], role: '主笔' }],
					grounding: '成员实务总结',
					review_status: '已发布',
					last_reviewed: `${edition.slug}-05-01`,
					source,
					illustrative: true,
					body: `## 要点\n\n${a}\n\n${b}\n\n${c}\n\n## 做法\n\n${d}\n\n${f}\n\n${g}\n`,
				},
				'md',
				guideSectionSchema,
			);
		}
		previous = sections;
	}
	if (editions.length) {
		write(
			join(contentDir, 'guide', 'editions.yaml'),
			{ editions: [...(options.existingEditions ?? []), ...editions] },
			'yaml',
			guideEditionsFileSchema,
		);
		freezeOlderEditions(contentDir);
	}
	return { ...shares, editions: editions.length };
}
