/**
 * Content that tries to run script, built into a real site and opened in Chromium. The fixture's
 * case, guide section (so the print page and the edition comparison), organisation, edition title
 * and Starlight page carry scripts, frames, event handlers and javascript: links, each doing
 * something with the marker GJXSS, committed to git so the history and diff pages show them too.
 * The content check would refuse every one of them; this build is told to only warn
 * (GONGJIAN_CONTENT_CHECK=warn), to prove that the sanitiser and the CSP hold on their own.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { serveSite, type StaticSite } from '../../tools/lib/serve/static-site';
import { commit, editorA, editorB, initRepo } from '../helpers/git-repo';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/site-build';

const MARKER = 'GJXSS';
const run = `alert('${MARKER}');console.log('${MARKER}');window.${MARKER}=1`;

const bodyPayloads = [
	`<script>${run}</script>`,
	`<ScRiPt>${run}</sCrIpT>`,
	`<iframe src="javascript:${run}"></iframe>`,
	`<iframe srcdoc="<script>${run}</script>"></iframe>`,
	`<img src=x onerror="${run}">`,
	`<img src="/files/a.png" onerror="${run}">`,
	`[链接](javascript:${encodeURIComponent(run)})`,
	`[编码](&#x6A;avascript:alert('${MARKER}'))`,
	`<a href="  javascript:${run}">空格</a>`,
	`<svg onload="${run}"><script>${run}</script></svg>`,
	`<style>body{background:url("javascript:${run}")}</style>`,
	`<details open ontoggle="${run}"><summary>x</summary></details>`,
	`<object data="data:text/html,<script>${run}</script>"></object>`,
	`<math><mtext><a href="javascript:${run}">数学</a></mtext></math>`,
	`:::note[<img src=x onerror="${run}">]\n提示框里 <script>${run}</script>\n:::`,
];
const body = `探访记录见下。\n\n${bodyPayloads.join('\n\n')}\n\n记录结束。\n`;
const inText = `<img src=x onerror="${run}"></title><script>${run}</script>`;
const yamlText = (text: string) => JSON.stringify(text);

function injectedRepository(): string {
	const repo = initRepo();
	const content = join(repo, 'content');
	cpSync(join(projectRoot, 'tests/fixtures/basic/content'), content, { recursive: true });
	commit(repo, editorA, '2024-01-10', '导入', ['content']);
	const edit = (path: string, change: (text: string) => string) => writeFileSync(join(content, path), change(readFileSync(join(content, path), 'utf-8')));
	edit('cases/case-one.md', (text) =>
		text
			.replace('title: 甲中心的高龄老人探访', `title: ${yamlText(`甲中心的探访${inText}`)}`)
			.replace('summary: 志愿者结对探访高龄老人', `summary: ${yamlText(`摘要${inText}`)}`)
			.replace('background: 背景段落。', `background: ${yamlText(`背景${inText}`)}`)
			.replace('补充说明。依据资料[002]。\n', body),
	);
	edit('guide/2025/02-visit.md', (text) => text.replace('先敲门，说明来意。', `先敲门，说明来意。\n\n${body}`).replace('title: 入户探访', `title: ${yamlText(`入户探访${inText}`)}`));
	edit('organisations/org-a.yaml', (text) => text.replace(/^name: (.*)$/m, (_, name) => `name: ${yamlText(`${name}${inText}`)}`));
	edit('guide/editions.yaml', (text) => text.replace('title: 2024 版（第一版）', `title: ${yamlText(`2024 版${inText}`)}`));
	edit('pages/about.md', (text) =>
		text.replace('illustrative: true', `illustrative: true\nhead:\n  - tag: script\n    content: ${yamlText(run)}\nbanner:\n  content: ${yamlText(`横幅${inText}`)}`).replace('关于本站。', `关于本站。\n\n${body}`),
	);
	commit(repo, editorB, '2024-03-01', `修改${inText}`, ['content']);
	return content;
}

function* builtFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* builtFiles(path);
		else if (/\.(html|xml)$/.test(entry.name)) yield path;
	}
}

/** Everything in a page that would run the marker: script elements, handlers, script URLs, frames. */
function executableMarkers(html: string): string[] {
	const found: string[] = [];
	let inScript = false;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (['iframe', 'frame', 'object', 'embed'].includes(name)) found.push(`<${name}>`);
				if (name === 'script') inScript = true;
				for (const [attribute, value] of Object.entries(attributes)) {
					if (!value.includes(MARKER) && !/^\s*(javascript|vbscript|data):/i.test(value)) continue;
					if (/^on/i.test(attribute) || attribute === 'srcdoc' || /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${name}[${attribute}]`);
					if (name === 'meta' && attribute === 'content' && /url=/i.test(value)) found.push('meta refresh');
				}
			},
			ontext(text) {
				if (inScript && text.includes(MARKER)) found.push('<script> with the marker');
			},
			onclosetag(name) {
				if (name === 'script') inScript = false;
			},
		},
		{ decodeEntities: true, lowerCaseTags: true, xmlMode: false },
	);
	parser.write(html);
	parser.end();
	return found;
}

let site: BuiltSite;
let server: StaticSite;
let browser: Chromium;

beforeAll(async () => {
	site = await buildSite(injectedRepository(), { GONGJIAN_CONTENT_CHECK: 'warn' });
	server = await serveSite({ root: () => site.outDir });
	browser = await launchChromium();
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('a site built from content that tries to run script', () => {
	it('the content check reported the injected constructs (only warned, for this test)', () => {
		const log = `${site.stdout}\n${site.stderr}`;
		expect(log).toMatch(/cases\/case-one\.md → 补充说明（body）第 \d+ 行：有 HTML 标签 <script>/);
		expect(log).toContain('pages/about.md → head：页面设置“head”不能在内容中使用');
		expect(log).toMatch(/案例标题（title）第 \d+ 行：这是纯文字字段，不能写 HTML 标签/);
	});

	it('has the marker in the pages it was put in, as text', () => {
		expect(site.html('/cases/case-one/')).toContain(MARKER);
		expect(site.html('/guide/print/')).toContain('探访记录见下');
		expect(site.html('/guide/changes/2024-2025/')).toContain(MARKER);
	});

	it('no HTML or XML file in dist has a script, handler, frame or script URL from content', () => {
		const files = [...builtFiles(site.outDir)];
		expect(files.length).toBeGreaterThan(50);
		const offending = files.flatMap((file) => executableMarkers(readFileSync(file, 'utf-8')).map((what) => `${file.slice(site.outDir.length)}: ${what}`));
		expect(offending).toEqual([]);
	});

	it('keeps what content may use around the removed parts', () => {
		const html = site.html('/cases/case-one/');
		expect(html).toContain('<p>探访记录见下。</p>');
		expect(html).toContain('<p>记录结束。</p>');
		expect(html).toMatch(/<aside aria-label="[^"]*" class="starlight-aside starlight-aside--note">/);
	});
});

async function openWatched(path: string): Promise<{ page: Page; ran: string[] }> {
	const page = await browser.context.newPage();
	const ran: string[] = [];
	page.on('dialog', async (dialog) => {
		ran.push(`dialog: ${dialog.message()}`);
		await dialog.dismiss();
	});
	page.on('console', (message) => {
		if (message.text().includes(MARKER)) ran.push(`console: ${message.text()}`);
	});
	await page.goto(server.origin + path, { waitUntil: 'load' });
	// Let handlers such as onerror, onload and ontoggle fire.
	await page.waitForTimeout(400);
	if (await page.evaluate((marker) => marker in window, MARKER)) ran.push(`window.${MARKER} set`);
	return { page, ran };
}

describe('in Chromium', () => {
	it.each(['/cases/case-one/', '/guide/visit/', '/guide/print/', '/guide/changes/2024-2025/', '/guide/2024/visit/', '/about/', '/orgs/org-a/', '/updates/', '/history/cases/case-one/', '/admin/'])(
		'%s runs no script from content',
		async (path) => {
			const { page, ran } = await openWatched(path);
			// Clicking links from content must not run anything either.
			for (const link of await page.locator('.sl-markdown-content a').all()) await link.click({ trial: true }).catch(() => undefined);
			expect(ran).toEqual([]);
			await page.close();
		},
	);

	it('search results and snippets for the marker run nothing', async () => {
		const { page, ran } = await openWatched(`/search/?q=${MARKER}`);
		await page.waitForTimeout(1500);
		expect(ran).toEqual([]);
		await page.close();
	});

	it('declares a CSP that the browser enforces on an inline script it does not list', async () => {
		const { page } = await openWatched('/cases/case-one/');
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("frame-src 'none'");
		expect(policy).toContain("connect-src 'self'");
		const outcome = await page.evaluate(
			() =>
				new Promise<{ violated: string; ran: boolean }>((resolve) => {
					document.addEventListener('securitypolicyviolation', (event) => {
						setTimeout(() => resolve({ violated: event.violatedDirective, ran: 'cspTestRan' in window }), 50);
					});
					const script = document.createElement('script');
					script.textContent = 'window.cspTestRan = true';
					document.body.append(script);
				}),
		);
		expect(outcome).toEqual({ violated: expect.stringMatching(/^script-src/), ran: false });
		// The site's own inline scripts ran: Starlight's theme script set the theme.
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
		await page.close();
	});

	it('/admin has its own policy, allowing only the configured backend', async () => {
		const html = site.html('/admin/');
		const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
		expect(policy).toContain("connect-src 'self' http://127.0.0.1:8081 http://localhost:8081;");
		expect(policy).not.toContain('sha256-');
		const headers = readFileSync(join(site.outDir, '_headers'), 'utf-8');
		expect(headers).toContain('/admin/*\n  Content-Security-Policy: default-src');
		expect(headers).toMatch(/\/cases\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(readFileSync(join(site.outDir, '_security/nginx-security-headers.conf'), 'utf-8')).toContain('location /admin/ {');
	});
});
