/**
 * Every page type, checked with axe-core in Chromium against WCAG 2.2 AA (target size included),
 * in every text size and in the high-contrast theme on dark and light: zero violations, and no
 * visible text under 14 px (at the standard size; scaled with the text size). The fixture is a
 * git repository, so pages carry their history lines and the history, updates and edition
 * comparison pages have content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { serveSite, type StaticSite } from '../../tools/lib/serve/static-site';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/site-build';
import { commit, editorA, editorB, initRepo } from '../helpers/git-repo';

const PAGES = [
	'/',
	'/guide/',
	'/guide/visit/',
	'/guide/2024/visit/',
	'/guide/print/',
	'/guide/editions/',
	'/guide/changes/2024-2025/',
	'/cases/',
	'/cases/population/高龄老人-80/',
	'/cases/case-one/',
	'/briefs/',
	'/briefs/brief-one/',
	'/evidence/',
	'/data/',
	'/learn/',
	'/learn/mod-one/',
	'/learn/mod-one/session-one/',
	'/orgs/',
	'/orgs/org-a/',
	'/tools/',
	'/tools/tool-one/',
	'/events/',
	'/events/event-one/',
	'/glossary/',
	'/about/',
	'/history/cases/case-one/',
	'/updates/',
	'/search/?q=入户',
	'/no-such-page/',
	// Every guide edition: older ones marked 旧版 · 2024, the 版本 panel open.
	'/search/?q=入户&edition=all',
];

/** Reading settings as the header controls store them: text size, contrast, Starlight theme. */
const MODES = [
	{ name: '标准字号 · 暗色', textSize: 'standard', contrast: 'standard', theme: 'dark', scale: 1 },
	{ name: '大字号 · 亮色', textSize: 'large', contrast: 'standard', theme: 'light', scale: 1.15 },
	{ name: '特大字号 · 高对比 · 暗色', textSize: 'larger', contrast: 'high', theme: 'dark', scale: 1.3 },
	{ name: '高对比 · 亮色', textSize: 'standard', contrast: 'high', theme: 'light', scale: 1 },
];
const CASES = MODES.flatMap((mode) => PAGES.map((path) => [mode.name, path, mode] as const));

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');

let site: BuiltSite;
let server: StaticSite;
let browser: Chromium;

beforeAll(async () => {
	const repo = initRepo();
	cpSync(join(projectRoot, 'tests/fixtures/basic/content'), join(repo, 'content'), { recursive: true });
	commit(repo, editorA, '2025-01-10', '导入内容', ['content']);
	// An edit of a field and of the body, so the history page shows a diff of both.
	const caseOne = join(repo, 'content/cases/case-one.md');
	writeFileSync(caseOne, readFileSync(caseOne, 'utf-8').replace('背景段落。', '背景段落，补充了一句。').replace('补充说明。', '补充说明（已核对）。\n\n- 新增的一项'));
	commit(repo, editorB, '2025-02-10', '修改案例', ['content']);
	site = await buildSite(join(repo, 'content'));
	server = await serveSite({ root: () => site.outDir });
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('accessibility', () => {
	it.each(CASES)('%s: %s has no axe violations and no text under 14 px', async (_name, path, mode) => {
		const page = await browser.context.newPage();
		await page.goto(`${server.origin}/`);
		await page.evaluate((m) => {
			localStorage.setItem('gj-text-size', m.textSize);
			localStorage.setItem('gj-contrast', m.contrast);
			localStorage.setItem('starlight-theme', m.theme);
		}, mode);
		await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
		const applied = await page.evaluate(() => ({
			fontSize: parseFloat(getComputedStyle(document.documentElement).fontSize),
			contrast: document.documentElement.dataset.contrast ?? 'standard',
			theme: document.documentElement.dataset.theme,
		}));
		expect(applied).toEqual({ fontSize: 16 * mode.scale, contrast: mode.contrast, theme: mode.theme });
		// Evaluated through the DevTools protocol: the site's CSP rightly refuses an inline <script> tag.
		await page.evaluate(axeSource);
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
				// Off by default in axe-core: WCAG 2.2's 24 px target size.
				rules: { 'target-size': { enabled: true } },
				resultTypes: ['violations'],
			});
			return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
		});
		const smallText = await page.evaluate((minimum) => {
			const found: string[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const element = node.parentElement;
				if (!element || !node.textContent?.trim() || !element.checkVisibility()) continue;
				const size = parseFloat(getComputedStyle(element).fontSize);
				if (size < minimum - 0.01) found.push(`${element.tagName.toLowerCase()}.${element.className} ${size}px “${node.textContent.trim().slice(0, 12)}”`);
			}
			return [...new Set(found)];
		}, 14 * mode.scale);
		await page.close();
		expect(violations).toEqual([]);
		expect(smallText).toEqual([]);
	});
});
