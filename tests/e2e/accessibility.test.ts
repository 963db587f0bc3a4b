/**
 * Every page type, checked with axe-core in Chromium: no serious or critical accessibility
 * violations. The fixture is a git repository, so pages carry their history lines and the
 * history, updates and edition comparison pages have content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { serveSite, type StaticSite } from '../../src/lib/serve/static-site';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/site-build';
import { commit, editorA, initRepo } from '../helpers/git-repo';

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
	// Every guide edition: older ones marked 旧版 · 2024, the 版本 panel open.
	'/search/?q=入户&edition=all',
];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');

let site: BuiltSite;
let server: StaticSite;
let browser: Chromium;

beforeAll(async () => {
	const repo = initRepo();
	cpSync(join(projectRoot, 'tests/fixtures/basic/content'), join(repo, 'content'), { recursive: true });
	commit(repo, editorA, '2025-01-10', '导入内容', ['content']);
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
		await page.addScriptTag({ content: axeSource });
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
