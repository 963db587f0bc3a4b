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

const BODY_MARKER = Buffer.from('data-pagefind-body');

/**
 * Looked for in the bytes: most built pages (lists, facets, history) are not searchable, and
 * decoding them as UTF-8 only to find that out doubled the cost of the pass (11,823 pages at
 * N = 5,000: 1.2 s in bytes against 2.3 s decoded, on a busy machine).
 */
export const isSearchableHtml = (html: Buffer) => html.includes(BODY_MARKER);

async function* readInBatches(files: string[]): AsyncGenerator<{ file: string; html: Buffer }> {
	for (let start = 0; start < files.length; start += BATCH) {
		const batch = files.slice(start, start + BATCH);
		const htmls = await Promise.all(batch.map((file) => readFile(file)));
		for (const [i, html] of htmls.entries()) yield { file: batch[i], html };
	}
}

/** The files among `files` whose page has a `data-pagefind-body`: those `readBuiltPages` may yield. */
export async function searchableFiles(files: string[]): Promise<string[]> {
	const found: string[] = [];
	for await (const { file, html } of readInBatches(files)) if (isSearchableHtml(html)) found.push(file);
	return found;
}

/** Every page with a `data-pagefind-body`, in file order. */
export async function* readBuiltPages(outDir: string, files?: string[]): AsyncGenerator<BuiltPage> {
	for await (const { file, html } of readInBatches(files ?? (await htmlFilesUnder(outDir)))) {
		if (!isSearchableHtml(html)) continue;
		const page = extractIndexedPage(html.toString('utf-8'));
		if (page) yield { url: urlForFile(outDir, file), page };
	}
}
