/**
 * Printed briefs for a meeting (政策面对面): every brief of the real starter content, printed by
 * Chromium on A4 with the Chinese font and read back with pdf.js, fits one or two pages and carries
 * its status, every proposal, its evidence cases and the address its QR code leads to. A printed
 * case carries the address too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { openForPrint, printPdf } from '../../tools/lib/pdf/guide-pdf';
import { pdfPageTexts } from '../../tools/lib/pdf/pdf-text';
import { serveSite, type StaticSite } from '../../tools/lib/serve/static-site';
import { checkContent } from '../../src/lib/content/check';
import { currentStatus } from '../../src/lib/model/briefs';
import type { Brief } from '../../src/schemas/briefs';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/site-build';

const SITE = 'https://gongjian.example.org';
const content = join(projectRoot, 'content');
let site: BuiltSite;
let server: StaticSite;
let browser: Chromium;
const { entries } = checkContent(content);
const briefs = entries.filter((e) => e.file.collection.name === 'briefs').map((e) => e.data as Brief);
const caseTitles = new Map(entries.filter((e) => e.file.collection.name === 'cases').map((e) => [(e.data as { slug: string }).slug, (e.data as { title: string }).title]));

beforeAll(async () => {
	site = await buildSite(content);
	server = await serveSite({ root: () => site.outDir });
	browser = await launchChromium({ serviceWorkers: 'block' });
}, 600_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function printed(path: string): Promise<string[]> {
	const page = await browser.context.newPage();
	try {
		await openForPrint(page, `${server.origin}${path}`);
		return await pdfPageTexts(await printPdf(page));
	} finally {
		await page.close();
	}
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('one-page brief', () => {
	it('the starter content has briefs to print', () => expect(briefs.length).toBeGreaterThan(0));

	it.each(briefs.map((b) => [b.slug, b] as const))('%s prints on one or two A4 pages with status, proposals, evidence and its address', async (slug, brief) => {
		const pages = await printed(`/briefs/${slug}/`);
		expect(pages.length, `${slug}: ${pages.length} pages`).toBeLessThanOrEqual(2);
		const text = squash(pages.join(''));
		expect(text).toContain(squash(brief.title));
		expect(text).toContain(squash(currentStatus(brief).status));
		for (const proposal of brief.proposals) expect(text).toContain(squash(proposal));
		for (const id of brief.evidence_cases) expect(text).toContain(squash(caseTitles.get(id)!));
		expect(text).toContain(`${SITE}/briefs/${slug}/`);
		// The reference panel stays on the screen.
		expect(text).not.toContain('下载引用');
	}, 120_000);
});

describe('printed case', () => {
	it('carries its address under the QR code', async () => {
		const slug = [...caseTitles.keys()][0]!;
		const text = squash((await printed(`/cases/${slug}/`)).join(''));
		expect(text).toContain(`${SITE}/cases/${slug}/`);
		expect(text).toContain('扫码打开网页版');
	}, 120_000);
});
