/**
 * The corpus generator on a clean clone, where the source papers (../shared/domain/seeds) are not
 * on the machine: it writes with the starter corpus's own prose, and what it writes passes the
 * content check and is the same for the same seed.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../tools/lib/corpus/generate';
import { existingEditions, loadSentences, organisationIds } from '../../tools/lib/corpus/sources';
import { checkContent } from '../../src/lib/content/check';

const starterContent = join(import.meta.dirname, '../../content');
// A project root with no ../shared beside it, as on a clean clone.
const cleanCloneRoot = join(mkdtempSync(join(tmpdir(), 'gongjian-clone-')), 'project');

function generateInto(seed: number) {
	const contentDir = join(mkdtempSync(join(tmpdir(), 'gongjian-corpus-')), 'content');
	cpSync(starterContent, contentDir, { recursive: true });
	const counts = generateCorpus({
		n: 60,
		seed,
		sentences: loadSentences(cleanCloneRoot, contentDir).sentences,
		organisations: organisationIds(contentDir),
		contentDir,
		existingEditions: existingEditions(contentDir),
	});
	return { contentDir, counts };
}

const generatedCases = (contentDir: string) =>
	readdirSync(join(contentDir, 'cases'))
		.filter((name) => name.startsWith('gen-case-'))
		.sort()
		.map((name) => readFileSync(join(contentDir, 'cases', name), 'utf-8'));

describe('corpus generator without the source papers', () => {
	it('takes sentences from the starter corpus bodies, never from frontmatter or YAML', () => {
		const { sentences, from } = loadSentences(cleanCloneRoot, starterContent);
		expect(from).toBe(starterContent);
		expect(sentences.length).toBeGreaterThan(200);
		for (const sentence of sentences) expect(sentence).not.toMatch(/---|slug:|title:|credits:/);
	});

	it('writes entries that pass the content check', () => {
		const { contentDir, counts } = generateInto(3);
		expect(counts.cases).toBeGreaterThan(40);
		const result = checkContent(contentDir);
		expect(result.problems).toEqual([]);
		expect(generatedCases(contentDir)).toHaveLength(counts.cases);
	});

	it('is deterministic for a seed', () => {
		const first = generatedCases(generateInto(11).contentDir);
		expect(generatedCases(generateInto(11).contentDir)).toEqual(first);
		expect(generatedCases(generateInto(12).contentDir)).not.toEqual(first);
	});
});
