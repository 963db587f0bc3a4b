/**
 * The searchable pages of a built site, read from its HTML files: what the index is built from,
 * and what the benchmark takes its ground truth from.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { extractIndexedPage, type IndexedPage } from './extract-indexed-page';

export interface BuiltPage {
	url: string;
	page: IndexedPage;
}

export async function htmlFilesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** /cases/x/index.html → /cases/x/ ; /404.html → /404.html */
export function urlForFile(outDir: string, file: string): string {
	const path = `/${relative(outDir, file).split(sep).join('/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Files read at once: enough to keep the disk busy while pages are parsed. */
const BATCH = 32;

const isSearchable = (html: string) => html.includes('data-pagefind-body');

/** The files among `files` whose page has a `data-pagefind-body`: those `readBuiltPages` may yield. */
export async function searchableFiles(files: string[]): Promise<string[]> {
	const found: string[] = [];
	for (let start = 0; start < files.length; start += BATCH) {
		const batch = files.slice(start, start + BATCH);
		const htmls = await Promise.all(batch.map((file) => readFile(file, 'utf-8')));
		htmls.forEach((html, i) => isSearchable(html) && found.push(batch[i]));
	}
	return found;
}

/** Every page with a `data-pagefind-body`, in file order. */
export async function* readBuiltPages(outDir: string, files?: string[]): AsyncGenerator<BuiltPage> {
	const all = files ?? (await htmlFilesUnder(outDir));
	for (let start = 0; start < all.length; start += BATCH) {
		const batch = all.slice(start, start + BATCH);
		const htmls = await Promise.all(batch.map((file) => readFile(file, 'utf-8')));
		for (const [i, html] of htmls.entries()) {
			// Most built pages (lists, facets) are not searchable: skip them before parsing.
			if (!isSearchable(html)) continue;
			const page = extractIndexedPage(html);
			if (page) yield { url: urlForFile(outDir, batch[i]), page };
		}
	}
}
