/**
 * Preview parity: for every kind of entry with a page of its own, the CMS preview (the real Decap
 * CMS with decap-server, in Chromium) shows the same text as the main column of the built page,
 * both drawn from one view model (src/lib/views/). What only the site can know is listed below
 * and taken out of the page before comparing; nothing else may differ.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Chromium } from '../../src/lib/browser/chromium';
import type { CmsOnCopy } from '../helpers/cms-local';
import { openEntry } from '../helpers/cms-editor';
import { cmsSession, type CmsSession } from '../helpers/cms-session';
import { parseLikeCms } from '../../src/lib/cms/serialise';
import { routes } from '../../src/lib/routes';

/**
 * What the page shows and the preview cannot: each is computed from the git history or from other
 * entries (back-links), or is the site's own chrome. Selectors are applied to the built page only.
 */
const SITE_ONLY = {
	/** History: last change, revision count, imported-material line, per-section authorship. */
	history: ['.gj-last-updated', '.gj-imported', '.gj-section-credit'],
	/** Starlight's heading anchors ("Section titled …"), reader tools (checklist ticks, progress), the PDF link. */
	chrome: ['.sl-anchor-link', '.gj-checklist-tools', '.gj-progress', 'a[href$=".pdf"]'],
	/** Computed from the history at build, and drawn by the page around the view: the 引用 panel, the printed QR code. */
	citation: ['.gj-cite', '.gj-print-qr'],
	/** Back-links, by their heading: built from the entries that point here. */
	backLinkHeadings: ['引用本案例的内容', '用到本工具的指引章节', '用到本工具的学习单元', '学习小组中讲授本节的单元', '本模块的单元'],
	/**
	 * Read from other entries: a teaching case's summary, a case card's summary and facets, a brief's evidence summary (a view's `summary` block),
	 * an edition's number of sections and the link to its comparison with the edition before (which the site compares section by section).
	 */
	fromOtherEntries: ['.gj-links li > .gj-note', '.gj-card > p', '.gj-card-meta', '.gj-evidence-summary', '.gj-edition-size', '.gj-edition-changes'],
	/** Facts counted from other entries: a module's number of sessions. */
	countedFacts: ['单元数'],
	/** An organisation's contributions (credited entries, edits in the history): from its heading up to the source line. */
	runsFrom: ['#credited'],
};

let session: CmsSession;
let cms: CmsOnCopy;
let browser: Chromium;
let page: Page;

beforeAll(async () => {
	session = await cmsSession();
	({ cms, browser, page } = session);
}, 300_000);

afterAll(async () => {
	await session?.close();
});

/** Text as compared: whitespace carries no meaning in Chinese text laid out by two renderers. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The built page's main column (title and entry header included), with the site-only parts taken out. */
async function siteText(path: string): Promise<string> {
	const site = await browser.context.newPage();
	try {
		await site.goto(new URL(path, cms.stack.siteUrl).href);
		const content = site.locator('main .sl-markdown-content').first();
		await site.locator('main').first().evaluate((root, { selectors, headings, facts, runs }) => {
			for (const start of root.querySelectorAll(runs.join(','))) {
				for (let node: Element | null = start; node && !node.matches('.gj-source'); ) {
					const next: Element | null = node.nextElementSibling;
					node.remove();
					node = next;
				}
			}
			for (const node of root.querySelectorAll(selectors.join(','))) node.remove();
			for (const heading of root.querySelectorAll('h2, h3')) if (headings.includes(heading.textContent?.trim() ?? '')) (heading.closest('section') ?? heading).remove();
			for (const dt of root.querySelectorAll('.gj-facts dt')) if (facts.includes(dt.textContent?.trim() ?? '')) (dt.nextElementSibling?.remove(), dt.remove());
		}, { selectors: [...SITE_ONLY.history, ...SITE_ONLY.chrome, ...SITE_ONLY.citation, ...SITE_ONLY.fromOtherEntries], headings: SITE_ONLY.backLinkHeadings, facts: SITE_ONLY.countedFacts, runs: SITE_ONLY.runsFrom });
		const title = await site.locator('h1#_top').innerText();
		// A page Starlight draws (content/pages) has its entry header under the title, outside the content column.
		const header = site.locator('main .gj-entry-header:not(.sl-markdown-content .gj-entry-header)');
		const headerText = (await header.count()) ? await header.innerText() : '';
		return `${title}\n${headerText}\n${await content.innerText()}`;
	} finally {
		await site.close();
	}
}

async function previewText(collection: string, entry: string): Promise<() => Promise<string>> {
	await openEntry(page, cms.stack.adminUrl, collection, entry);
	await page.frameLocator('iframe').locator('.gj-preview h1').waitFor();
	return async () => {
		const preview = page.frameLocator('iframe').locator('.gj-preview');
		const [title, body] = await Promise.all([preview.locator('h1').innerText(), preview.locator('.sl-markdown-content').innerText()]);
		return `${title}\n${body}`;
	};
}

const extension = (folder: string) => (folder === 'organisations' ? '.yaml' : '.md');
const filled = (value: unknown) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== '' && value !== false);

const read = (folder: string, name: string) => parseLikeCms(cms.read(`${folder}/${name}`), extension(folder) === '.md' ? 'md' : 'yaml') as Record<string, string>;

/** The starter entry that fills the most fields (ties: the first by name), so the most kinds of block are compared. */
function richestFile(folder: string): string {
	const score = (name: string) => Object.values(read(folder, name)).filter(filled).length;
	const files = readdirSync(join(cms.contentDir, folder)).filter((name) => name.endsWith(extension(folder))).sort();
	return files.reduce((best, name) => (score(name) > score(best) ? name : best));
}
const currentEdition = () =>
	readdirSync(join(cms.contentDir, 'guide'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name)
		.sort()
		.at(-1)!;

/** One starter entry per kind, and where its page is. */
const kinds: { collection: string; folder: () => string; path: (data: Record<string, string>, slug: string) => string }[] = [
	{ collection: 'cases', folder: () => 'cases', path: (_, slug) => routes.case(slug) },
	{ collection: 'briefs', folder: () => 'briefs', path: (_, slug) => routes.brief(slug) },
	{ collection: 'events', folder: () => 'events', path: (_, slug) => routes.event(slug) },
	{ collection: 'tools', folder: () => 'tools', path: (_, slug) => routes.tool(slug) },
	{ collection: 'modules', folder: () => 'curriculum/modules', path: (_, slug) => routes.module(slug) },
	{ collection: 'sessions', folder: () => 'curriculum/sessions', path: (data, slug) => routes.session(data.module!, slug) },
	{ collection: 'organisations', folder: () => 'organisations', path: (_, slug) => routes.organisation(slug) },
	{ collection: 'guide', folder: () => `guide/${currentEdition()}`, path: (data) => routes.guideSection('', data.section_id!, true) },
	{ collection: 'docs', folder: () => 'pages', path: (_, slug) => routes.page(slug) },
];

/** Kinds kept in one file (a file collection): the CMS names the entry after its collection. */
const fileKinds: { collection: string; path: string }[] = [
	{ collection: 'glossary', path: routes.glossary() },
	{ collection: 'editions', path: routes.guideEditions() },
];

describe('preview parity', () => {
	for (const kind of kinds) {
		it(`${kind.collection}: the preview shows the page's main column, apart from what only the site knows`, { timeout: 120_000 }, async () => {
			const folder = kind.folder();
			const file = richestFile(folder);
			const slug = file.replace(/\.(md|yaml)$/, '');
			const data = read(folder, file);
			const expected = await siteText(kind.path(data, slug));
			const preview = await previewText(kind.collection, slug);
			// The preview names related entries once it has read them from the backend.
			await expect.poll(async () => squeeze(await preview()), { timeout: 20_000 }).toBe(squeeze(expected));
		});
	}
	for (const kind of fileKinds) {
		it(`${kind.collection}: the preview shows the page's main column, apart from what only the site knows`, { timeout: 120_000 }, async () => {
			const expected = await siteText(kind.path);
			const preview = await previewText(kind.collection, kind.collection);
			await expect.poll(async () => squeeze(await preview()), { timeout: 20_000 }).toBe(squeeze(expected));
		});
	}
});
