/**
 * The bad-input corpus (tests/corpus/): each mutation of the basic fixture must produce exactly
 * the listed problems — file, field and message — and leave the site's files as they were
 * (`git status` unchanged: the check only reads). Valid but unusual inputs must pass untouched.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { badInputs } from '../corpus/bad-inputs';
import { fixtureSite } from '../corpus/fixture-site';
import { unusualInputs } from '../corpus/unusual-inputs';

beforeAll(() => {
	// Messages about future dates name today.
	process.env.GONGJIAN_TODAY = '2026-12-02';
});

function checkMutated(mutate: (content: string) => void) {
	const site = fixtureSite();
	mutate(site.content);
	const before = site.status();
	const { problems, entries } = checkContent(site.content, join(site.root, 'public'));
	return { problems: problems.map((p) => [p.file, p.field, p.message]), entries, before, after: site.status() };
}

describe('bad-input corpus', () => {
	it('has at least 60 kinds of bad input, each with a distinct name', () => {
		expect(badInputs.length).toBeGreaterThanOrEqual(60);
		expect(new Set(badInputs.map((input) => input.name)).size).toBe(badInputs.length);
	});

	it.each(badInputs.map((input) => [input.name, input] as const))('%s', (_name, input) => {
		const { problems, before, after } = checkMutated(input.mutate);
		expect(problems.length).toBeGreaterThan(0);
		expect(problems).toEqual(input.problems);
		expect(after).toBe(before);
		expect(before).not.toBe('');
	});
});

describe('valid but unusual input', () => {
	it.each(unusualInputs.map((input) => [input.name, input] as const))('accepts %s', (_name, input) => {
		const { problems, entries, before, after } = checkMutated(input.mutate);
		expect(problems).toEqual([]);
		expect(entries.length).toBeGreaterThanOrEqual(20);
		expect(after).toBe(before);
	});
});
