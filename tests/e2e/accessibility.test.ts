/**
 * Every page type, checked with axe-core in Chromium: no serious or critical accessibility
 * violations. The fixture is a git repository, so pages carry their history lines and the
 * history, updates and edition comparison pages have content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { serveSite, type StaticSite } from '../../src/lib/serve/static-site';
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
];

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
	it.each(PAGES)('%s has no serious or critical axe violations', async (path) => {
		const page = await browser.context.newPage();
		await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
		// Evaluated through the DevTools protocol: the site's CSP rightly refuses an inline <script> tag.
		await page.evaluate(axeSource);
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run(document, { resultTypes: ['violations'] });
			return result.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
		});
		await page.close();
		expect(violations).toEqual([]);
	});
});
