/**
 * The build step that replaces Starlight's `addDirectory` call, reading the built site: every
 * page with a `data-pagefind-body` becomes a token-stream record in a Pagefind index written to
 * <outDir>/pagefind/, where Starlight's own step would have put it, in bundles (bundled-index.ts).
 *
 * A build normally indexes its pages while it renders them (page-stream.ts); this is what it falls
 * back on when that could not run, and what tools that index a finished site use.
 *
 * Pagefind does most of the work in its own process, so the main thread reads pages while it
 * indexes (`startSearchIndex`): the next bundle is read while the previous one is written, and
 * once every page is read the build goes on with its other steps while Pagefind finishes.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { htmlFilesUnder, readBuiltPages, searchableFiles } from './built-pages';
import { BundledIndex, bundleLimits, DEFAULT_PAGES_PER_BUNDLE } from './bundled-index';
import { toSearchRecord } from './search-record';

export interface SearchIndexSummary {
	pages: number;
	files: number;
	bundles: number;
	/** Pages per bundle, at most the cap; the last bundle may have fewer. */
	pagesPerBundle: number;
	ms: number;
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
	const cap = options.pagesPerBundle ?? DEFAULT_PAGES_PER_BUNDLE;
	const listing = (async () => {
		const files = await htmlFilesUnder(outDir);
		// Later steps list the site's top folders (the _headers file): /pagefind/ must be there before
		// its first bundle is.
		await mkdir(root, { recursive: true });
		// A first pass over the bytes only, to count: the bundle size depends on it.
		const searchable = await searchableFiles(files);
		return { files, searchable, index: new BundledIndex(root, bundleLimits(searchable.length, cap)) };
	})();
	const pagesRead = (async () => {
		const { searchable, index } = await listing;
		for await (const { url, page } of readBuiltPages(outDir, searchable)) {
			index.add(toSearchRecord(page, url));
			// Read ahead of Pagefind by at most a bundle, not the whole site.
			await index.drainTo(cap);
		}
	})();
	const written = (async (): Promise<SearchIndexSummary> => {
		const { files, index } = await listing;
		await pagesRead.catch(async (error: unknown) => {
			await index.abandon();
			throw error;
		});
		const { pages, bundles, pagesPerBundle } = await index.finish();
		return { pages, files: files.length, bundles, pagesPerBundle, ms: performance.now() - started };
	})();
	// Whoever awaits `written` sees its failure; until then it must not count as unhandled.
	written.catch(() => {});
	pagesRead.catch(() => {});
	return { pagesRead, written };
}

export async function writeSearchIndex(outDir: string, options: { pagesPerBundle?: number } = {}): Promise<SearchIndexSummary> {
	const job = startSearchIndex(outDir, options);
	await job.pagesRead;
	return job.written;
}
