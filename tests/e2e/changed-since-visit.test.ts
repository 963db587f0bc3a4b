/**
 * 「自你上次访问以来有修改」 in Chromium: the basic fixture built twice, the second time with one
 * case's text changed, served from the same origin
 * (the reader's storage is per origin) by swapping the folder the server reads. A page whose text
 * changed says so once; an unchanged page, a page seen for the first time and a page whose text
 * is as before say nothing; and what the browser remembers never leaves it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuiltSite } from '../helpers/site-build';
import { twoBuildsInChromium, type TwoBuilds } from '../helpers/two-builds';

let builds: TwoBuilds;
let first: BuiltSite;
let second: BuiltSite;

beforeAll(async () => {
	const edit = (content: string, path: string, from: string, to: string) => {
		const file = join(content, path);
		const text = readFileSync(file, 'utf-8');
		if (!text.includes(from)) throw new Error(`${path} has no ${from}`);
		writeFileSync(file, text.replace(from, to));
	};
	builds = await twoBuildsInChromium('basic', { change: (content) => edit(content, 'cases/case-one.md', 'outcomes: 成效段落。', 'outcomes: 成效段落：探访半年后，结对老人全部建立了紧急联系人。') });
	({ first, second } = builds);
}, 300_000);

afterAll(async () => {
	await builds?.close();
});

const visit = (path: string) => builds.open(path);

const notice = async (path: string) => {
	const page = await visit(path);
	const shown = await page.locator('main .gj-changed-notice').allTextContents();
	const links = await page.locator('main .gj-changed-notice a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
	await page.close();
	return { shown, link: links[0] };
};

const version = (site: BuiltSite, path: string) => /<meta name="gj:content-version" content="([0-9a-f]+)"/.exec(site.html(path))?.[1];

describe('changed since your last visit', () => {
	it('the rebuild changed exactly the edited case’s fingerprint', () => {
		expect(version(first, '/cases/case-one/')).toBeDefined();
		expect(version(second, '/cases/case-one/')).not.toBe(version(first, '/cases/case-one/'));
		expect(version(second, '/cases/case-two/')).toBe(version(first, '/cases/case-two/'));
	});

	it('says nothing on a first visit', async () => {
		expect((await notice('/cases/case-one/')).shown).toEqual([]);
		expect((await notice('/cases/case-two/')).shown).toEqual([]);
	});

	it('says so once on the changed page after the site changed, with a link to what changed, and not on the unchanged one', async () => {
		builds.serve(second);
		expect(await notice('/cases/case-one/')).toEqual({ shown: ['自你上次访问以来有修改。看看改了什么'], link: '/history/cases/case-one/' });
		expect((await notice('/cases/case-two/')).shown).toEqual([]);
		expect((await notice('/briefs/brief-one/')).shown).toEqual([]);
		// Seen now: the next visit has nothing new to report.
		expect((await notice('/cases/case-one/')).shown).toEqual([]);
	});

	it('keeps what it remembers on the device', async () => {
		const page = await visit('/cases/case-one/');
		const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('gj-seen-versions') ?? '{}'));
		await page.close();
		expect(stored['/cases/case-one/']).toBe(version(second, '/cases/case-one/'));
		const remembered = Object.values(stored as Record<string, string>);
		expect(builds.requests.filter((request) => remembered.some((value) => request.includes(value)))).toEqual([]);
	});
});
