/**
 * The build step that replaces Starlight's `addDirectory` call: every built page with a
 * `data-pagefind-body` becomes a token-stream record in a Pagefind index written to
 * <outDir>/pagefind/, where Starlight's own step would have put it.
 *
 * Pagefind holds every record of an index in memory until it writes the files, and writing takes
 * several times that again: at 5,000 searchable pages its process peaked at 3.1 GB on top of the
 * build's own 1.2 GB (`npm run bench`). So a large site is indexed in bundles of at most
 * `pagesPerBundle` pages (bundles of even size), one Pagefind process after another, and the browser merges them
 * (`mergeIndex`, see load-pagefind.ts). The first bundle is the usual /pagefind/; the others go
 * to /pagefind/bundles/<n>/, listed in /pagefind/gongjian-bundles.json. A site of up to
 * `pagesPerBundle` pages gets one bundle, exactly as before.
 *
 * Pagefind does most of the work in its own process, so the build's main thread reads pages while
 * it indexes (`startSearchIndex`): the next bundle is read while the previous one is written, and
 * once every page is read the build goes on with its other steps while Pagefind finishes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { htmlFilesUnder, readBuiltPages, searchableFiles } from './built-pages';
import { BUNDLE_MANIFEST, type BundleManifest } from './bundle-manifest';
import { toSearchRecord } from './search-record';

/** Large enough that the 2,000-page corpus of the search budget is one bundle. */
export const DEFAULT_PAGES_PER_BUNDLE = 2500;

export interface SearchIndexSummary {
	pages: number;
	files: number;
	bundles: number;
	/** Pages per bundle, at most the cap; the last bundle may have fewer. */
	pagesPerBundle: number;
	ms: number;
}

function check<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	return response;
}

/** Path of bundle `n` (0-based) relative to /pagefind/. */
const bundleDir = (n: number) => (n === 0 ? '' : `bundles/${n}/`);

/** One Pagefind process indexing one bundle. Records go to it without waiting for each answer. */
interface OpenBundle {
	index: pagefind.PagefindIndex;
	added: Promise<unknown>[];
}

async function openBundle(): Promise<OpenBundle> {
	const { index } = check(await pagefind.createIndex({}), 'createIndex');
	return { index: index!, added: [] };
}

/** Writes the bundle's files and ends its Pagefind process, which frees its memory. */
async function closeBundle(bundle: OpenBundle, outputPath: string): Promise<void> {
	try {
		await Promise.all(bundle.added);
		check(await bundle.index.writeFiles({ outputPath }), 'writeFiles');
	} finally {
		await pagefind.close();
	}
}

/**
 * Records in the order they are read, each handed to Pagefind once and then let go; the reader runs
 * ahead of Pagefind, which is slower, so bundle n + 1 is read while bundle n is written.
 */
class RecordQueue {
	private records: (CustomRecord | undefined)[] = [];
	private finished = false;
	private failure: unknown;
	private wake: (() => void) | undefined;

	push(record: CustomRecord): void {
		this.records.push(record);
		this.notify();
	}

	finish(failure?: unknown): void {
		this.finished = true;
		this.failure = failure;
		this.notify();
	}

	/** Whether record `n` exists, waiting for the reader if it may still come. */
	async has(n: number): Promise<boolean> {
		while (n >= this.records.length && !this.finished) await new Promise<void>((resolve) => (this.wake = resolve));
		if (this.failure) throw this.failure;
		return n < this.records.length;
	}

	take(n: number): CustomRecord {
		const record = this.records[n]!;
		this.records[n] = undefined;
		return record;
	}

	private notify(): void {
		const wake = this.wake;
		this.wake = undefined;
		wake?.();
	}
}

export interface SearchIndexJob {
	/** Settles once every page has been read: from then on other steps may rewrite the HTML. */
	pagesRead: Promise<void>;
	/** Settles once every bundle and the bundle list are written. */
	written: Promise<SearchIndexSummary>;
}

/**
 * Starts indexing the built site and returns as soon as Pagefind has begun. Reading the pages
 * (~6 s of main-thread work at N = 5,000) overlaps Pagefind's indexing in its own process, and
 * whatever runs after `pagesRead` overlaps the rest of Pagefind's writing.
 */
export function startSearchIndex(outDir: string, options: { pagesPerBundle?: number } = {}): SearchIndexJob {
	const started = performance.now();
	const root = join(outDir, 'pagefind');
	const queue = new RecordQueue();
	const listing = (async () => {
		const files = await htmlFilesUnder(outDir);
		// Later steps list the site's top folders (the _headers file): /pagefind/ must be there before
		// its first bundle is.
		await mkdir(root, { recursive: true });
		// A first pass over the bytes only, to count: the bundle size depends on it.
		return { files, searchable: await searchableFiles(files) };
	})();
	const pagesRead = (async () => {
		try {
			const { searchable } = await listing;
			for await (const { url, page } of readBuiltPages(outDir, searchable)) queue.push(toSearchRecord(page, url));
			queue.finish();
		} catch (error) {
			queue.finish(error);
			throw error;
		}
	})();
	const written = (async (): Promise<SearchIndexSummary> => {
		const { files, searchable } = await listing;
		// As few bundles as the cap allows, of even size: every bundle costs the first search its own
		// metadata and index chunks, so 5,149 pages make three bundles of 1,717, not 2,500 + 2,500 + 149.
		const cap = options.pagesPerBundle ?? DEFAULT_PAGES_PER_BUNDLE;
		const pagesPerBundle = Math.ceil(searchable.length / Math.max(1, Math.ceil(searchable.length / cap)));
		const written: string[] = [];
		let pages = 0;
		do {
			const bundle = await openBundle();
			try {
				while (bundle.added.length < pagesPerBundle && (await queue.has(pages))) {
					const record = queue.take(pages++);
					bundle.added.push(bundle.index.addCustomRecord(record).then((response) => check(response, `indexing ${record.url}`)));
				}
			} catch (error) {
				await pagefind.close();
				throw error;
			}
			await closeBundle(bundle, join(root, bundleDir(written.length)));
			written.push(bundleDir(written.length));
		} while (await queue.has(pages));
		const manifest: BundleManifest = { bundles: written.slice(1) };
		await writeFile(join(root, BUNDLE_MANIFEST), JSON.stringify(manifest));
		return { pages, files: files.length, bundles: written.length, pagesPerBundle, ms: performance.now() - started };
	})();
	// Whoever awaits `written` sees its failure; until then it must not count as unhandled.
	written.catch(() => {});
	return { pagesRead, written };
}

export async function writeSearchIndex(outDir: string, options: { pagesPerBundle?: number } = {}): Promise<SearchIndexSummary> {
	const job = startSearchIndex(outDir, options);
	await job.pagesRead;
	return job.written;
}
