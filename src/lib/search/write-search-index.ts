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
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
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

export async function writeSearchIndex(outDir: string, options: { pagesPerBundle?: number } = {}): Promise<SearchIndexSummary> {
	const started = performance.now();
	const root = join(outDir, 'pagefind');
	const files = await htmlFilesUnder(outDir);
	// Counting first reads the searchable pages twice (once here, once to index them); holding their
	// records instead would add them to the build's memory, which is what the bundles are for.
	const searchable = await searchableFiles(files);
	// As few bundles as the cap allows, of even size: every bundle costs the first search its own
	// metadata and index chunks, so 5,149 pages make three bundles of 1,717, not 2,500 + 2,500 + 149.
	const cap = options.pagesPerBundle ?? DEFAULT_PAGES_PER_BUNDLE;
	const pagesPerBundle = Math.ceil(searchable.length / Math.max(1, Math.ceil(searchable.length / cap)));
	const written: string[] = [];
	let bundle: OpenBundle | undefined;
	let pages = 0;
	try {
		for await (const { url, page } of readBuiltPages(outDir, searchable)) {
			bundle ??= await openBundle();
			bundle.added.push(bundle.index.addCustomRecord(toSearchRecord(page, url)).then((response) => check(response, `indexing ${url}`)));
			pages++;
			if (bundle.added.length === pagesPerBundle) {
				const full = bundle;
				bundle = undefined;
				await closeBundle(full, join(root, bundleDir(written.length)));
				written.push(bundleDir(written.length));
			}
		}
		if (bundle || written.length === 0) {
			const last = bundle ?? (await openBundle());
			bundle = undefined;
			await closeBundle(last, join(root, bundleDir(written.length)));
			written.push(bundleDir(written.length));
		}
	} finally {
		if (bundle) await pagefind.close();
	}
	const manifest: BundleManifest = { bundles: written.slice(1) };
	await mkdir(root, { recursive: true });
	await writeFile(join(root, BUNDLE_MANIFEST), JSON.stringify(manifest));
	return { pages, files: files.length, bundles: written.length, pagesPerBundle, ms: performance.now() - started };
}
