/**
 * The guide as a PDF (`npm run pdf`, after `astro build`): headless Chromium prints each edition's
 * built /guide/…/print/ page on A4 with a Chinese font, twice — once to learn on which page each
 * chapter starts (read back with pdf.js), once with those numbers in the table of contents — and
 * writes dist/guide/guide-<edition>.pdf. The same numbers are written into the built print page,
 * so printing it from a browser on A4 shows them too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../../src/lib/browser/chromium';
import { serveSite } from '../serve/static-site';
import { cjkFontCss, cjkFontFile, FONT_FAMILY, FONT_ROUTE } from './cjk-font';
import { pdfPageTexts } from './pdf-text';

export interface GuidePdf {
	edition: string;
	file: string;
	pages: number;
	bytes: number;
	/** Chapter anchor id → the page it starts on (1-based). */
	chapterPages: Record<string, number>;
}

interface TocEntry {
	id: string;
	title: string;
}

/**
 * Opens a built page as it prints: print media, light colours, the Chinese font loaded. The
 * browser must block service workers (launchChromium({ serviceWorkers: 'block' })): the site's
 * worker would otherwise fetch the font files itself, past the route that serves them.
 */
export async function openForPrint(page: Page, url: string) {
	await page.route(`**${FONT_ROUTE}*`, (route) => {
		const file = cjkFontFile(new URL(route.request().url()).pathname);
		return file ? route.fulfill({ path: file, contentType: 'font/woff2' }) : route.fulfill({ status: 404 });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.emulateMedia({ media: 'print', colorScheme: 'light' });
	await page.addStyleTag({ content: `${cjkFontCss()}\n:root { --sl-font: '${FONT_FAMILY}', sans-serif; }` });
	// Load every unicode-range file the page's characters need before printing: Chromium does not
	// wait for web fonts a print layout asks for, and prints missing glyphs (measured: the starter
	// guide's 2025 edition came out with most characters blank).
	await page.evaluate(async (family) => {
		const text = document.body.innerText;
		await Promise.all(['400', '700'].map((weight) => document.fonts.load(`${weight} 16px "${family}"`, text)));
		await document.fonts.ready;
	}, FONT_FAMILY);
}

export const printPdf = (page: Page) => page.pdf({ preferCSSPageSize: true, printBackground: true });

/** The first page (after the cover and contents) whose text begins with each entry's title. */
function findStartPages(texts: string[], entries: TocEntry[]): Record<string, number> {
	const squash = (text: string) => text.replace(/\s+/g, '');
	// The page number in the foot margin box comes first in the page's text.
	const body = (text: string, index: number) => squash(text.replace(new RegExp(`^${index + 1}\\n`), ''));
	const pages: Record<string, number> = {};
	let from = 2;
	for (const entry of entries) {
		const index = texts.findIndex((text, i) => i >= from && body(text, i).startsWith(squash(entry.title)));
		if (index < 0) throw new Error(`PDF: chapter “${entry.title}” does not start a page`);
		pages[entry.id] = index + 1;
		from = index + 1;
	}
	return pages;
}

export async function writeGuidePdf(options: { siteDir: string; printPath: string; browser?: Chromium }): Promise<GuidePdf> {
	const server = await serveSite({ root: () => options.siteDir });
	const browser = options.browser ?? (await launchChromium({ serviceWorkers: 'block' }));
	const page = await browser.context.newPage();
	try {
		await openForPrint(page, `${server.origin}${options.printPath}`);
		const edition = await page.locator('.gj-handbook').getAttribute('data-edition');
		if (!edition) throw new Error(`PDF: ${options.printPath} is not a guide print page`);
		const entries: TocEntry[] = await page.locator('.gj-handbook-toc a').evaluateAll((links) =>
			links.map((link) => ({ id: link.getAttribute('href')!.slice(1), title: link.querySelector('.gj-toc-title')!.textContent!.trim() })),
		);
		let chapterPages = findStartPages(await pdfPageTexts(await printPdf(page)), entries);
		let pdf: Buffer;
		// Filling in the numbers cannot move a chapter (each starts a page), but check rather than trust.
		for (let attempt = 0; ; attempt++) {
			await page.evaluate((numbers) => {
				for (const [id, number] of Object.entries(numbers)) document.querySelector(`[data-toc-page="${id}"]`)!.textContent = String(number);
			}, chapterPages);
			pdf = await printPdf(page);
			const texts = await pdfPageTexts(pdf);
			const again = findStartPages(texts, entries);
			if (JSON.stringify(again) === JSON.stringify(chapterPages) || attempt === 2) {
				chapterPages = again;
				break;
			}
			chapterPages = again;
		}
		const file = join(options.siteDir, 'guide', `guide-${edition}.pdf`);
		writeFileSync(file, pdf);
		writeTocPages(join(options.siteDir, options.printPath, 'index.html'), chapterPages);
		const pages = (await pdfPageTexts(pdf)).length;
		return { edition, file, pages, bytes: pdf.length, chapterPages };
	} finally {
		await page.close();
		if (!options.browser) await browser.close();
		await server.close();
	}
}

/** Puts the page numbers into the built print page's table of contents. */
export function writeTocPages(htmlFile: string, chapterPages: Record<string, number>) {
	const html = readFileSync(htmlFile, 'utf-8').replace(
		/(<span[^>]*data-toc-page="([^"]+)"[^>]*>)[^<]*(<\/span>)/g,
		(whole, open: string, id: string, close: string) => (id in chapterPages ? `${open}${chapterPages[id]}${close}` : whole),
	);
	writeFileSync(htmlFile, html);
}
