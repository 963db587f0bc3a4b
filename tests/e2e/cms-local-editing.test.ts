/**
 * Editing through /admin in Chromium, against the local setup `npm start` runs (the site plus
 * decap-server), on a throwaway copy of the starter corpus: creating a case, revising one
 * paragraph of a guide section, and being stopped, in Chinese, by bad input — with nothing typed
 * lost and nothing written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { eventually, registerEditor, startCmsOnCopy, type CmsOnCopy } from '../helpers/cms-local';
import { appendToLine, bodyLines, choose, fill, login, newEntry, openEntry, save, toggle, typeInBody } from '../helpers/cms-editor';
import { projectRoot } from '../helpers/site-build';
import { listContentFiles } from '../../src/lib/content/files';
import { parseContentFile } from '../../src/lib/content/parse';
import { parseLikeCms, serialiseLikeCms } from '../../src/lib/cms/serialise';
import { caseSchema } from '../../src/schemas/cases';
import { consents, districts, methods, populations } from '../../src/schemas/taxonomies';

const EDITOR = 'editor@e2e.example';

/** The two organisations credited on the fewest cases, so a new case shows on their profiles unabridged. */
function leastCreditedOrganisations(contentDir: string) {
	const files = listContentFiles(contentDir);
	const read = (file: (typeof files)[number]) => parseContentFile(readFileSync(file.path, 'utf-8'), file.collection.kind === 'file' || file.collection.extension === 'yaml' ? 'yaml' : 'md');
	const caseCredits = files.filter((f) => f.collection.name === 'cases').flatMap((f) => (read(f).credits as { org: string }[]).map((c) => c.org));
	return files
		.filter((f) => f.collection.name === 'organisations')
		.map((f) => read(f) as { slug: string; name: string })
		.map((org) => ({ id: org.slug, name: org.name, cases: caseCredits.filter((id) => id === org.slug).length }))
		.sort((a, b) => a.cases - b.cases)
		.slice(0, 2);
}

const [own, partner] = leastCreditedOrganisations(join(projectRoot, 'content'));

let cms: CmsOnCopy;
let browser: Chromium;
let page: Page;

beforeAll(async () => {
	[cms, browser] = await Promise.all([startCmsOnCopy({ editor: EDITOR, prepare: (dir) => registerEditor(dir, own.id, EDITOR) }), launchChromium()]);
	page = await browser.context.newPage();
	await login(page, cms.stack.adminUrl);
});

afterAll(async () => {
	await browser?.close();
	await cms?.stop();
});

/** Every required field of a case, with the editor's own organisation left as the CMS filled it in. */
async function fillCase(slug: string, background: string) {
	await fill(page, '标识', slug);
	await fill(page, '案例标题', '端到端测试：楼门长陪同首次入户');
	await fill(page, '一句话摘要', '两家机构合作，由楼门长陪同社工首次入户');
	await choose(page, '案例类型', '项目案例');
	await page.getByRole('button', { name: /新增署名机构/ }).click();
	await choose(page, '机构', partner.name, 1);
	await choose(page, '角色', '共同撰写', 1);
	await choose(page, '地区', districts[0]);
	await fill(page, '开始', '2024-03');
	await choose(page, '服务人群', populations[0]);
	await choose(page, '服务方法', methods[0]);
	await fill(page, '背景', background);
	await fill(page, '需求评估', '需求评估的文字。');
	await fill(page, '介入过程', '介入过程的文字。');
	await fill(page, '成效', '成效的文字。');
	await fill(page, '困难与反思', '困难与反思的文字。');
	await toggle(page, '服务对象已化名');
	await choose(page, '知情同意', consents[0]);
	await fill(page, '来源', '成员机构撰写');
}

const casesDir = () => readdirSync(join(cms.contentDir, 'cases')).sort();

/** Every case id on every page of the case library. */
async function casesInLibrary(): Promise<string[]> {
	const ids: string[] = [];
	for (let path: string | undefined = '/cases/'; path; ) {
		const html = await cms.page(path);
		ids.push(...[...html.matchAll(/data-case="([^"]+)"/g)].map((m) => m[1]));
		path = /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
	}
	return ids;
}

describe('creating a case', () => {
	const slug = 'e2e-two-organisations';

	it('writes the file with both organisations, and the rebuilt site lists it and credits both', { timeout: 180_000 }, async () => {
		await newEntry(page, cms.stack.adminUrl, 'cases');
		await fillCase(slug, '背景的第一段。\n\n背景的第二段。');
		await typeInBody(page, '补充说明：两家机构分工合作。');
		await save(page);

		const text = await cms.written(`cases/${slug}.md`);
		const data = parseLikeCms(text, 'md');
		expect(data).toMatchObject({
			slug,
			title: '端到端测试：楼门长陪同首次入户',
			// The editor's organisation was filled in from their identity; the partner was chosen.
			credits: [
				{ org: own.id, role: '主笔' },
				{ org: partner.id, role: '共同撰写' },
			],
			populations: [populations[0]],
			methods: [methods[0]],
			period: { start: '2024-03' },
			background: '背景的第一段。\n\n背景的第二段。',
			pseudonymised: true,
		});
		expect(String(data.body).trim()).toBe('补充说明：两家机构分工合作。');
		// Written exactly as the CMS writes every file, so the next open-and-save changes nothing.
		expect(serialiseLikeCms(data, 'md', caseSchema)).toBe(text);

		await eventually(async () => expect(await casesInLibrary()).toContain(slug));
		for (const org of [own, partner]) {
			expect(await cms.page(`/orgs/${org.id}/`)).toContain(`href="/cases/${slug}/"`);
		}
		expect(await cms.page(`/cases/${slug}/`)).toContain('补充说明：两家机构分工合作。');
	});
});

const currentEdition = () =>
	readdirSync(join(cms.contentDir, 'guide'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort()
		.at(-1);

describe('revising a guide section', () => {
	it('changes only the paragraph that was edited', { timeout: 60_000 }, async () => {
		const folder = `guide/${currentEdition()}`;
		const file = readdirSync(join(cms.contentDir, folder)).sort()[0];
		const before = cms.read(`${folder}/${file}`);
		const paragraph = String(parseLikeCms(before, 'md').body)
			.split('\n')
			.find((line) => line.length > 20 && !/^([#>:|*-]|\d+\.)/.test(line))!;
		const addition = '入户前再确认一次老人方便的时间。';

		await openEntry(page, cms.stack.adminUrl, 'guide', file.replace(/\.md$/, ''));
		await appendToLine(bodyLines(page).filter({ hasText: paragraph }).first(), addition);
		await save(page);

		const after = await cms.written(`${folder}/${file}`, { unlike: before });
		expect(after).toBe(before.replace(`${paragraph}\n`, `${paragraph}${addition}\n`));
	});
});

describe('preview', () => {
	it('looks like the site: the site\'s CSS, credits by organisation name, structured fields, asides', { timeout: 60_000 }, async () => {
		const folder = `guide/${currentEdition()}`;
		const file = readdirSync(join(cms.contentDir, folder)).sort().find((name) => cms.read(`${folder}/${name}`).includes('\n:::'))!;
		const data = parseLikeCms(cms.read(`${folder}/${file}`), 'md') as { title: string; phase: string; credits: { org: string }[] };
		const names = data.credits.map(({ org }) => {
			const organisation = parseLikeCms(cms.read(`organisations/${org}.yaml`), 'yaml');
			return String(organisation.short_name ?? organisation.name);
		});

		await openEntry(page, cms.stack.adminUrl, 'guide', file.replace(/\.md$/, ''));
		const preview = page.frameLocator('iframe');
		await expect.poll(() => preview.locator('h1').textContent(), { timeout: 15_000 }).toContain(data.title);
		await expect.poll(() => preview.locator('.gj-credits a').allTextContents(), { timeout: 15_000 }).toEqual(names);
		expect(await preview.locator('.gj-facts').textContent()).toContain(data.phase);
		const aside = preview.locator('aside.starlight-aside').first();
		expect((await aside.locator('.starlight-aside__title').textContent())?.trim()).not.toBe('');
		// Starlight's aside style, from the site's own CSS.
		expect(await aside.evaluate((element) => getComputedStyle(element).borderInlineStartWidth)).not.toBe('0px');
	});
});

describe('bad input', () => {
	it('names an empty required field in Chinese and writes nothing', { timeout: 60_000 }, async () => {
		const files = casesDir();
		await newEntry(page, cms.stack.adminUrl, 'cases');
		await fill(page, '背景', '这段背景已经写好了，不能丢。');
		await save(page);

		await expect.poll(() => page.getByText('“案例标题”是必填项').isVisible(), { timeout: 15_000 }).toBe(true);
		await expect.poll(() => page.getByText('还有必填项没有填写').isVisible(), { timeout: 15_000 }).toBe(true);
		await page.waitForTimeout(1000);
		expect(casesDir()).toEqual(files);
		expect(await page.getByLabel('背景').inputValue()).toBe('这段背景已经写好了，不能丢。');
	});

	it('refuses an entry that would break the build, keeps what was typed, and saves once it is fixed', { timeout: 90_000 }, async () => {
		const files = casesDir();
		const slug = 'e2e-phone-number';
		await newEntry(page, cms.stack.adminUrl, 'cases');
		await fillCase(slug, '老人的电话是 13912345678，家住三楼。');
		await save(page);

		const problems = page.locator('#gj-save-problems');
		await expect.poll(() => problems.textContent(), { timeout: 15_000 }).toContain('疑似手机号码');
		// It names the buttons the toolbar really has.
		expect(await problems.textContent()).toContain('再点“保存”→“立即保存”');
		await page.waitForTimeout(1000);
		expect(casesDir()).toEqual(files);
		expect(await page.getByLabel('背景').inputValue()).toBe('老人的电话是 13912345678，家住三楼。');

		await fill(page, '背景', '老人独居，家住三楼。');
		await save(page);
		const text = await cms.written(`cases/${slug}.md`);
		expect(parseLikeCms(text, 'md').background).toBe('老人独居，家住三楼。');
		expect(await problems.count()).toBe(0);
	});

	it('refuses a new entry whose id is already taken', { timeout: 60_000 }, async () => {
		const files = casesDir();
		const taken = files[0].replace(/\.md$/, '');
		await newEntry(page, cms.stack.adminUrl, 'cases');
		await fillCase(taken, '背景。');
		await save(page);

		await expect.poll(() => page.locator('#gj-save-problems').textContent(), { timeout: 15_000 }).toContain(`标识“${taken}”已被 cases/${taken}.md 使用`);
		await page.waitForTimeout(1000);
		expect(casesDir()).toEqual(files);
	});
});
