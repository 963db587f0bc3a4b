/**
 * The offline pack's own search index: a second Pagefind bundle, written to /pagefind-offline/,
 * built from the pack's pages only. Shipping the site-wide index instead made the pack grow with
 * every case and brief (3.0 MB on the starter site, 20.2 MB at 5,000 entries, `npm run bench`),
 * because a query needs every index chunk its words fall in, wherever those chunks' other pages are.
 * The service worker answers /pagefind/ requests from this bundle when the network is gone
 * (public/sw.js), so the search page itself does not change.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readBuiltPages } from '../search/built-pages';
import { BUNDLE_MANIFEST, type BundleManifest } from '../search/bundle-manifest';
import { pagefindCall } from '../search/pagefind-exit';
import { toSearchRecord } from '../search/search-record';

export const PACK_SEARCH_DIR = 'pagefind-offline';

const fileOfPage = (distDir: string, url: string) => join(distDir, decodeURI(url), url.endsWith('/') ? 'index.html' : '');

/** Indexes the searchable pages among `pages` (site paths such as /guide/visit/); returns how many. */
export async function writePackSearchIndex(distDir: string, pages: string[]): Promise<number> {
	const outputPath = join(distDir, PACK_SEARCH_DIR);
	let indexed = 0;
	try {
		const { index } = await pagefindCall(() => pagefind.createIndex({}), '(offline pack) createIndex');
		for await (const { url, page } of readBuiltPages(distDir, pages.map((url) => fileOfPage(distDir, url)).filter((file) => existsSync(file)))) {
			await pagefindCall(() => index!.addCustomRecord(toSearchRecord(page, url)), `(offline pack) indexing ${url}`);
			indexed++;
		}
		await pagefindCall(() => index!.writeFiles({ outputPath }), '(offline pack) writeFiles');
	} finally {
		await pagefind.close();
	}
	// One bundle, however large the site: the search page's loader still reads the bundle list.
	const manifest: BundleManifest = { bundles: [] };
	await mkdir(outputPath, { recursive: true });
	await writeFile(join(outputPath, BUNDLE_MANIFEST), JSON.stringify(manifest));
	return indexed;
}
