/**
 * The records a written Pagefind index holds, read back from its fragment files across every
 * bundle: what a search can return, independent of the order the pages were added in.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedRecord {
	url: string;
	content: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
}

/** Every bundle's folder under a site's /pagefind/: the first bundle, then bundles/<n>/. */
export function bundleFolders(pagefindDir: string): string[] {
	const bundles = join(pagefindDir, 'bundles');
	const more = existsSync(bundles) ? readdirSync(bundles).sort((a, b) => Number(a) - Number(b)).map((name) => join(bundles, name)) : [];
	return [pagefindDir, ...more];
}

/** Every record of the index, sorted by URL. */
export function indexedRecords(pagefindDir: string): IndexedRecord[] {
	const found: IndexedRecord[] = [];
	for (const folder of bundleFolders(pagefindDir)) {
		for (const name of readdirSync(join(folder, 'fragment'))) {
			// A fragment is gzipped "pagefind_dcd" followed by the record as JSON.
			const text = gunzipSync(readFileSync(join(folder, 'fragment', name))).toString('utf-8');
			const { url, content, meta, filters } = JSON.parse(text.slice(text.indexOf('{'))) as IndexedRecord;
			found.push({ url, content, meta, filters });
		}
	}
	return found.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
