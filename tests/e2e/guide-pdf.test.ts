/**
 * The printed handbook and its PDF: `npm run pdf` (the documented command, as CI and
 * `npm run build` run it) over a real build of the fixture, read back with pdf.js. A cover, a
 * table of contents naming every chapter with the page it starts on, each chapter on a new page,
 * Chinese text that survives (no missing glyphs), credits in a colophon and not under headings.
 * The fixture is a git repository, so the colophon has observed writers too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { pdfPageTexts } from '../../tools/lib/pdf/pdf-text';
import { openForPrint, printPdf } from '../../tools/lib/pdf/guide-pdf';
import { serveSite, type StaticSite } from '../../tools/lib/serve/static-site';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/site-build';
import { commit, editorA, initRepo } from '../helpers/git-repo';
import { dom } from '../helpers/dom';

const run = promisify(execFile);
const CHAPTERS = ['1 总则', '2 入户探访', '3 隐私保护'];
let site: BuiltSite;
let pdfOutput: string;
let pages: string[];

beforeAll(async () => {
	const repo = initRepo();
	cpSync(join(projectRoot, 'tests/fixtures/basic/content'), join(repo, 'content'), { recursive: true });
	commit(repo, editorA, '2025-01-10', '导入内容', ['content']);
	site = await buildSite(join(repo, 'content'));
	const npm = join(projectRoot, 'node_modules/.bin/tsx');
	pdfOutput = (await run(npm, ['scripts/pdf.ts', site.outDir], { cwd: projectRoot, env: { ...process.env } })).stdout;
	pages = await pdfPageTexts(readFileSync(join(site.outDir, 'guide/guide-2025.pdf')));
}, 300_000);

const squash = (text: string) => text.replace(/\s+/g, '');
/** A page's text without the page number the foot margin box puts first. */
const body = (index: number) => squash(pages[index]!.replace(new RegExp(`^${index + 1}\\n`), ''));

describe('guide PDF', () => {
	it('is written for every edition, and says so', () => {
		expect(existsSync(join(site.outDir, 'guide/guide-2025.pdf'))).toBe(true);
		expect(existsSync(join(site.outDir, 'guide/guide-2024.pdf'))).toBe(true);
		expect(pdfOutput).toMatch(/guide-2025\.pdf（\d+ 页，\d+ KB）/);
	});

	it('has a cover with title, edition, date and organisations', () => {
		expect(squash(pages[0]!)).toBe(squash('老年人入户工作指引 2025 版（第二版） 发布日期：2025-06-01 共同编写机构 甲中心 乙支持中心 为老服务行动网络 · 共建知识库'));
	});

	it('has a table of contents naming every chapter with the page it starts on, each chapter on a new page', () => {
		const toc = pages[1]!;
		expect(squash(toc)).toMatch(/^2?目录/);
		const entries = [...toc.matchAll(/^(\d+ \S+|署名与版本说明)\s*(\d+)$/gm)].map((m) => [m[1], Number(m[2])] as const);
		expect(entries.map(([title]) => title)).toEqual([...CHAPTERS, '署名与版本说明']);
		for (const [title, page] of entries) expect(body(page - 1).startsWith(squash(title!)), `${title} on page ${page}`).toBe(true);
		// Pages in order, each chapter on its own page after the contents.
		expect(entries.map(([, page]) => page)).toEqual([3, 4, 5, 6]);
		expect(pages.length).toBeGreaterThanOrEqual(6);
		expect(pages.length).toBeLessThanOrEqual(8);
	});

	it('keeps headings in order and credits in the colophon only', () => {
		const chapterTwo = pages[3]!;
		expect(chapterTwo).toContain('进门之前');
		expect(chapterTwo).not.toMatch(/撰写者|署名：/);
		const colophon = pages.at(-1)!;
		expect(colophon).toContain('署名：甲中心（主笔）、乙支持中心（审阅）');
		expect(colophon).toContain('撰写者：甲中心');
		// Section headings inside a chapter sit below the chapter title.
		const print = dom(site.html('/guide/print/'));
		expect(print.querySelector('.gj-handbook-chapter h2')?.textContent).toBe('1 总则');
		expect([...print.querySelectorAll('.gj-handbook-chapter h2')].map((h) => h.textContent)).toEqual(CHAPTERS);
		expect(print.querySelectorAll('.gj-handbook-chapter [data-section-credit], .gj-handbook-chapter [data-credits]').length).toBe(0);
	});

	it('embeds a Chinese font, so the text reads back as Chinese rather than missing glyphs', () => {
		const bytes = readFileSync(join(site.outDir, 'guide/guide-2025.pdf')).toString('latin1');
		expect(bytes).toMatch(/NotoSansSC/);
		expect(pages.join('')).toContain('本指引帮助社工做好入户探访');
	});

	it('writes the page numbers into the print page, and the guide links to the PDF', () => {
		const toc = [...dom(readFileSync(join(site.outDir, 'guide/print/index.html'), 'utf-8')).querySelectorAll('[data-toc-page]')].map((s) => s.textContent);
		expect(toc).toEqual(['3', '4', '5', '6']);
		expect(site.html('/guide/')).toContain('href="/guide/guide-2025.pdf"');
		expect(site.html('/guide/visit/')).toContain('href="/guide/guide-2025.pdf"');
		expect(site.html('/guide/2024/visit/')).toContain('href="/guide/guide-2024.pdf"');
		// Page furniture, not content: a search for “PDF” must not find every guide page.
		for (const path of ['/guide/', '/guide/visit/']) {
			expect(dom(site.html(path)).querySelector('a[href="/guide/guide-2025.pdf"]')!.closest('[data-pagefind-ignore]')).not.toBeNull();
		}
	});
});

describe('printing single pages', () => {
	let server: StaticSite;
	let browser: Chromium;
	beforeAll(async () => {
		server = await serveSite({ root: () => site.outDir });
		browser = await launchChromium({ serviceWorkers: 'block' });
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	it.each([
		['/briefs/brief-one/', '关于高龄老人探访的建议'],
		['/cases/case-one/', '甲中心的高龄老人探访'],
	])('%s prints its own content without the site chrome', async (path, expectedTitle) => {
		const page = await browser.context.newPage();
		await openForPrint(page, `${server.origin}${path}`);
		const title = (await page.locator('h1').textContent())!.trim();
		expect(title).toBe(expectedTitle);
		const printed = await pdfPageTexts(await printPdf(page));
		await page.close();
		expect(squash(printed[0]!).replace(/^1/, '').startsWith(squash(title))).toBe(true);
		const all = printed.join('\n');
		for (const chrome of ['网站栏目', '最近更新', '字号', '对比度', '跳转到内容', '本页内容']) expect(all).not.toContain(chrome);
	});
});
