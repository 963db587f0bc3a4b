/**
 * The search index, built while the pages render. Every HTML page the build renders passes the
 * middleware (index-middleware.ts), which hands the searchable ones to a worker thread
 * (index-worker.ts); the worker reads each page the way Pagefind would and feeds the records to
 * Pagefind in bundles (bundled-index.ts). Pagefind works in its own process, so on a two-core
 * machine the index is mostly written by the time the last page is: at 5,000 entries indexing the
 * built files afterwards took ~35 s of the build's wall time.
 *
 * Nothing is lost on the way:
 * - after the pages, the HTML files the renderer did not hand over (a page some other step wrote)
 *   are read from the output and indexed too;
 * - if the worker cannot start or fails, the build indexes the built files as before
 *   (write-search-index.ts), with a warning.
 *
 * Pages are indexed in the order they render, not in file order, so bundles hold different pages
 * than the file-reading step's would; each holds the same records.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { processWide } from '../process-wide';
import { startTsxWorker } from '../tsx-worker';
import { htmlFilesUnder, isSearchableHtml, urlForFile } from './built-pages';
import type { BundledSummary } from './bundled-index';
import { startSearchIndex, type SearchIndexJob, type SearchIndexSummary } from './write-search-index';

/** What the worker is started with. */
export interface IndexWorkerData {
	/** The site's /pagefind/ folder. */
	root: string;
	pagesPerBundle: number;
	/** Searchable pages the build expects, for the bundles' size (an estimate is enough). */
	expected: number;
}

/** Main thread → worker: one page (its UTF-8 bytes), or the end of the pages. */
export type ToIndexWorker = { url: string; html: Uint8Array } | { end: true };
/** Worker → main thread: the index is written, or it failed. */
export type FromIndexWorker = { written: BundledSummary } | { failed: string };

interface PageStream {
	outDir: string;
	pagesPerBundle: number;
	workerFile: string;
	started: number;
	worker?: Worker;
	/** Settles with the worker's summary; rejects if the worker fails at any point. */
	written?: Promise<BundledSummary>;
	/** The URL of every HTML page handed over, as urlForFile gives it for the page's file. */
	seen: Set<string>;
	/** The first page has tried to start the worker. */
	tried: boolean;
	/** Set as soon as the worker fails (or cannot start), before the build asks. */
	failure?: string;
}

const stream = processWide<PageStream>('search-stream');

/** Called at `astro:build:start`: from then on the middleware hands pages over. */
export function openPageStream(options: { outDir: string; pagesPerBundle: number; workerFile: string }): void {
	// A build of this process that failed before its end leaves its worker behind.
	void stream.get()?.worker?.terminate();
	stream.set({ ...options, started: performance.now(), seen: new Set(), tried: false });
}

/** Whether rendered pages should be handed over (a static build, after `openPageStream`). */
export const pageStreamOpen = () => stream.get() !== undefined;

/** Whether the first page has tried to start the worker. */
export const pageStreamStarted = () => stream.get()?.tried === true;

/**
 * The file-form URL of a rendered path: /cases/x/ stays, /404 is written as /404.html. Astro's
 * `trailingSlash: 'always'` gives every other page a trailing slash.
 */
export function pageUrl(pathname: string): string {
	const path = safeDecode(pathname);
	return path.endsWith('/') || path.endsWith('.html') ? path : `${path}.html`;
}

function safeDecode(path: string): string {
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

/** Starts the worker; `expected` is the number of searchable pages the site should have. */
export function startPageStream(expected: number): void {
	const state = stream.get();
	if (!state || state.tried) return;
	state.tried = true;
	const data: IndexWorkerData = { root: join(state.outDir, 'pagefind'), pagesPerBundle: state.pagesPerBundle, expected };
	const worker = startTsxWorker(state.workerFile, data);
	if (!worker) {
		state.failure = `no index worker at ${state.workerFile}`;
		return;
	}
	state.worker = worker;
	state.written = new Promise<BundledSummary>((resolve, reject) => {
		worker.on('message', (message: FromIndexWorker) => {
			if ('written' in message) resolve(message.written);
			else reject(new Error(message.failed));
		});
		worker.once('error', reject);
		worker.once('exit', (code) => reject(new Error(`the index worker exited (code ${code}) before the index was written`)));
	});
	state.written.catch((error: unknown) => (state.failure = String(error)));
}

/** Hands one rendered HTML page over; the worker gets a copy of its bytes. */
export function streamPage(pathname: string, html: Uint8Array): void {
	const state = stream.get();
	if (!state?.worker) return;
	const url = pageUrl(pathname);
	state.seen.add(url);
	if (isSearchableHtml(Buffer.from(html.buffer, html.byteOffset, html.byteLength))) state.worker.postMessage({ url, html } satisfies ToIndexWorker);
}

export interface StreamedIndexJob extends SearchIndexJob {
	/** Searchable pages read from the output after the build because the renderer did not hand them over. */
	readAfter: number;
	/** Why the build indexed the built files instead, when it had to. */
	fellBack?: string;
}

/**
 * Called at `astro:build:done`: hands over whatever the renderer did not, ends the stream and
 * returns the job. Falls back to indexing the built files when no worker ran or it failed.
 */
export async function closePageStream(outDir: string): Promise<StreamedIndexJob> {
	const state = stream.get();
	stream.clear();
	const fallBack = async (why: string): Promise<StreamedIndexJob> => {
		await rm(join(outDir, 'pagefind'), { recursive: true, force: true });
		return { ...startSearchIndex(outDir, { pagesPerBundle: state?.pagesPerBundle }), readAfter: 0, fellBack: why };
	};
	if (!state?.worker || !state.written) return fallBack(state?.failure ?? 'no page was handed to the index worker');
	const { worker, written } = state;
	if (state.failure) {
		await worker.terminate();
		return fallBack(state.failure);
	}

	// Later steps list the site's top folders (the _headers file): /pagefind/ must be there before the worker writes its last bundle.
	await mkdir(join(outDir, 'pagefind'), { recursive: true });
	const files = await htmlFilesUnder(outDir);
	let readAfter = 0;
	for (const file of files) {
		const url = urlForFile(outDir, file);
		if (state.seen.has(url)) continue;
		const html = await readFile(file);
		if (!isSearchableHtml(html)) continue;
		readAfter++;
		worker.postMessage({ url, html } satisfies ToIndexWorker);
	}
	worker.postMessage({ end: true } satisfies ToIndexWorker);

	const summary = written.then(
		async ({ pages, bundles, pagesPerBundle }): Promise<SearchIndexSummary> => {
			await worker.terminate();
			return { pages, files: files.length, bundles, pagesPerBundle, ms: performance.now() - state.started };
		},
		async (error: unknown) => {
			await worker.terminate();
			console.warn(`[gongjian:search-index] 索引线程失败（${String(error)}），改为读取构建出的页面建立索引`);
			return (await fallBack(String(error))).written;
		},
	);
	summary.catch(() => {});
	return { pagesRead: Promise.resolve(), written: summary, readAfter };
}
