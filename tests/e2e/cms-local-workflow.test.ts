/**
 * The local editing workflow in Chromium, on a throwaway git clone of the starter corpus with its
 * templates: the real admin bundle, decap-server and the rebuilding site of `npm start`.
 *
 * - Opening another entry from the address bar never lets a save write the previous entry
 *   (decap-cms#4147): the page reloads, and the save writes the entry shown and nothing else.
 * - A saved change can be undone by typing the old value back and saving.
 * - The media library lists the templates in public/files/tools/.
 * - Nothing in the admin's visible text or screen-reader labels is English.
 * - The site rebuilds after git replaces a content file (checkout) and after a commit.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { commitContent } from '../../tools/lib/cms/local/commit-content';
import { parseLikeCms, serialiseLikeCms } from '../../src/lib/cms/serialise';
import { caseSchema } from '../../src/schemas/cases';
import { eventually, registerEditor, type CmsOnCopy } from '../helpers/cms-local';
import { newEntry, openEntry, retype, save } from '../helpers/cms-editor';
import { cmsSession, type CmsSession } from '../helpers/cms-session';
import { projectRoot } from '../helpers/site-build';

const COMMITTER = { name: '本地编辑', email: 'local-editor@e2e.example' };

let session: CmsSession;
let cms: CmsOnCopy;
let page: Page;

beforeAll(async () => {
	session = await cmsSession({
		files: true,
		git: COMMITTER,
		editor: COMMITTER.email,
		prepare: (dir) => registerEditor(dir, readdirSync(join(dir, 'organisations')).sort()[0].replace(/\.yaml$/, ''), COMMITTER.email),
	});
	({ cms, page } = session);
}, 300_000);

afterAll(async () => {
	await session?.close();
});

/** Every file of the copy's content folder, by path. */
function snapshot(): Map<string, string> {
	const files = new Map<string, string>();
	const visit = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) visit(path);
			else files.set(relative(cms.contentDir, path), readFileSync(path, 'utf-8'));
		}
	};
	visit(cms.contentDir);
	return files;
}

function changedFiles(before: Map<string, string>): string[] {
	const after = snapshot();
	const paths = new Set([...before.keys(), ...after.keys()]);
	return [...paths].filter((path) => before.get(path) !== after.get(path)).sort();
}

const caseSlugs = () =>
	readdirSync(join(cms.contentDir, 'cases'))
		.filter((name) => name.endsWith('.md'))
		.map((name) => name.replace(/\.md$/, ''))
		.sort();
const titleOf = (path: string) => String(parseLikeCms(cms.read(path), 'md').title);

describe('the media library', () => {
	it('lists the templates in public/files/tools/', { timeout: 60_000 }, async () => {
		const templates = readdirSync(join(projectRoot, 'public/files/tools')).sort();
		expect(templates.length).toBeGreaterThan(0);
		await page.goto(`${cms.stack.adminUrl}#/collections/organisations`);
		await page.getByRole('button', { name: '媒体' }).click();
		for (const name of templates) await expect.poll(() => page.getByText(name, { exact: true }).count(), { timeout: 15_000 }).toBe(1);
		expect(await page.getByText('未找到资源').count()).toBe(0);
		await page.getByRole('button', { name: '关闭' }).click();
	});
});

describe('opening another entry from the address bar', () => {
	it('reloads the form for the entry shown, and the save writes that entry and nothing else', { timeout: 90_000 }, async () => {
		const caseSlug = caseSlugs()[0];
		const before = snapshot();
		await openEntry(page, cms.stack.adminUrl, 'cases', caseSlug);
		await expect.poll(() => page.getByLabel(/^案例标题/).inputValue()).toBe(titleOf(`cases/${caseSlug}.md`));

		// Typed into the address bar: the same document, only the hash changes.
		const reloaded = page.waitForEvent('load', { timeout: 20_000 });
		await page.evaluate(() => {
			window.location.hash = '#/collections/docs/entries/about';
		});
		await reloaded;
		const aboutTitle = titleOf('pages/about.md');
		await expect.poll(() => page.getByLabel(/^页面标题/).inputValue(), { timeout: 20_000 }).toBe(aboutTitle);
		expect(await page.getByLabel(/^案例标题/).count()).toBe(0);

		await retype(page, '页面标题', `${aboutTitle}（修订）`);
		await save(page);
		await eventually(async () => expect(titleOf('pages/about.md')).toBe(`${aboutTitle}（修订）`), 20_000);
		expect(changedFiles(before)).toEqual(['pages/about.md']);
	});
});

describe('undoing a saved change', () => {
	it('saves the old value typed back after a save', { timeout: 90_000 }, async () => {
		const slug = caseSlugs()[1];
		const path = `cases/${slug}.md`;
		const original = cms.read(path);
		const title = titleOf(path);
		await openEntry(page, cms.stack.adminUrl, 'cases', slug);

		await retype(page, '案例标题', `${title}（草稿）`);
		await save(page);
		await eventually(async () => expect(titleOf(path)).toBe(`${title}（草稿）`), 20_000);
		await expect.poll(() => page.getByRole('button', { name: '已保存', exact: true }).count()).toBe(1);

		await retype(page, '案例标题', title);
		await expect.poll(() => page.getByRole('button', { name: '保存', exact: true }).isEnabled()).toBe(true);
		await save(page);
		await eventually(async () => expect(cms.read(path)).toBe(original), 20_000);
	});
});

/**
 * Latin letters in what the admin shows or tells a screen reader, once ids, file names and
 * addresses (data, not interface) and the names Markdown, DOCX and Esc (the key) are set aside.
 */
async function englishInAdmin(): Promise<string[]> {
	return page.evaluate(() => {
		const DATA = /https?:\/\/\S+|[A-Za-z0-9]+(?:(?:[-_/:]|\.(?=[A-Za-z0-9]))[A-Za-z0-9]*)+|\bMarkdown\b|\bDOCX\b|\bEsc\b/g;
		const english = (text: string) => /[A-Za-z]{2,}/.test(text.replace(DATA, ''));
		const found = new Set<string>();
		const shown = (element: Element) => element.checkVisibility();
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const element = node.parentElement!;
			// The Markdown editor holds the entry's own text; field hints are ours, from src/schemas, and quote example ids.
			if (element.closest('script, style, [data-slate-editor], [class*="ControlHint"]') || !shown(element)) continue;
			const text = node.textContent!.trim();
			if (english(text)) found.add(`text: ${text}`);
		}
		for (const element of document.body.querySelectorAll('*')) {
			if (!shown(element)) continue;
			for (const attribute of ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'aria-valuetext']) {
				const value = element.getAttribute(attribute);
				if (value && english(value)) found.add(`${attribute}: ${value}`);
			}
		}
		return [...found];
	});
}

/** Buttons a screen reader can only call “button”. */
async function namelessButtons(): Promise<string[]> {
	return page.evaluate(() =>
		[...document.body.querySelectorAll('button, [role="button"]')]
			.filter((button) => button.checkVisibility())
			.filter((button) => {
				const labelled = button.id && document.querySelector(`label[for="${CSS.escape(button.id)}"]`);
				// A name from the content includes what a child is labelled or titled.
				const fromContent = button.textContent?.trim() || button.querySelector('[aria-label], [title]');
				const name = button.getAttribute('aria-label') || button.getAttribute('title') || fromContent || button.getAttribute('aria-labelledby') || labelled;
				return !name;
			})
			.map((button) => button.outerHTML.slice(0, 120)),
	);
}

describe('the admin in Chinese', () => {
	const views: [string, (page: Page) => Promise<void>][] = [
		['the collection list', async (p) => {
			await p.goto('about:blank');
			await p.goto(`${cms.stack.adminUrl}#/collections/organisations`);
			await p.getByRole('heading', { name: '集合' }).waitFor();
		}],
		['a new case, with a select that matches nothing', async (p) => {
			await newEntry(p, cms.stack.adminUrl, 'cases');
			// Left open for the check, with react-select's words to screen readers (the relation
			// widget is the same react-select).
			await p.getByLabel(/^服务人群/).first().click();
			await p.keyboard.type('没有这种人群');
			await p.getByText('没有可选的项').first().waitFor({ timeout: 20_000 });
		}],
		['a case with chosen values', async (p) => openEntry(p, cms.stack.adminUrl, 'cases', caseSlugs()[2])],
		['a guide section, with a date', async (p) => {
			const edition = readdirSync(join(cms.contentDir, 'guide'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort().at(-1)!;
			const section = readdirSync(join(cms.contentDir, 'guide', edition)).sort()[0].replace(/\.md$/, '');
			await openEntry(p, cms.stack.adminUrl, 'guide', section);
		}],
		['a new tool, with a file', async (p) => newEntry(p, cms.stack.adminUrl, 'tools')],
		['the media library', async (p) => {
			await p.goto('about:blank');
			await p.goto(`${cms.stack.adminUrl}#/collections/organisations`);
			await p.getByRole('button', { name: '媒体' }).click();
			await p.getByRole('heading', { name: '媒体资源' }).waitFor();
		}],
	];

	it.each(views)('shows no English in %s', { timeout: 60_000 }, async (_name, open) => {
		await open(page);
		await page.waitForTimeout(1500);
		expect(await englishInAdmin()).toEqual([]);
		expect(await namelessButtons()).toEqual([]);
		const text = await page.locator('body').innerText();
		for (const leftover of ['No options', 'Strikethrough', 'UTC', 'Expand', 'Collapse', 'Remove', 'Close', 'Loading']) expect(text).not.toContain(leftover);
	});
});

describe('the local rebuild', () => {
	const pageTitle = async (slug: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(await cms.page(`/cases/${slug}/`))?.[1];

	it('rebuilds after git checkout replaced a content file, and after a save to that file', { timeout: 480_000 }, async () => {
		const slug = caseSlugs()[3];
		const path = `cases/${slug}.md`;
		const title = titleOf(path);
		writeFileSync(join(cms.contentDir, path), cms.read(path).replace(`title: ${title}`, `title: ${title}（未提交）`));
		await eventually(async () => expect(await pageTitle(slug)).toBe(`${title}（未提交）`), 240_000);

		execFileSync('git', ['checkout', '--', `content/${path}`], { cwd: cms.repoDir });
		await eventually(async () => expect(await pageTitle(slug)).toBe(title), 240_000);

		// A save to the file git replaced: Node's recursive watch no longer heard these.
		await openEntry(page, cms.stack.adminUrl, 'cases', slug);
		await retype(page, '案例标题', `${title}（检出后修订）`);
		await save(page);
		await eventually(async () => expect(titleOf(path)).toBe(`${title}（检出后修订）`), 20_000);
		await eventually(async () => expect(await pageTitle(slug)).toBe(`${title}（检出后修订）`), 240_000);
	});

	it('rebuilds after npm run commit:content, so the page no longer says 尚未提交', { timeout: 480_000 }, async () => {
		const source = caseSlugs()[0];
		const slug = `${source}-copy`;
		const data = parseLikeCms(cms.read(`cases/${source}.md`), 'md');
		writeFileSync(join(cms.contentDir, `cases/${slug}.md`), serialiseLikeCms({ ...data, slug, title: `${String(data.title)}（副本）` }, 'md', caseSchema));
		await eventually(async () => expect(await cms.page(`/cases/${slug}/`)).toContain('data-last-updated="uncommitted"'), 240_000);

		const result = commitContent({ repoDir: cms.repoDir, contentDir: cms.contentDir });
		expect(result.status).toBe('committed');
		await eventually(async () => {
			const html = await cms.page(`/cases/${slug}/`);
			expect(html).toContain('data-last-updated="known"');
			expect(html).not.toContain('尚未提交');
		}, 240_000);
	});
});
