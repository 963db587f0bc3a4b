/**
 * Completes dist/offline-pack.json after the build: the pack's pages plus everything they need
 * offline — the site's scripts and styles (/_astro/, a few hundred KB however large the site), the
 * search index (/pagefind/) and the app's manifest and icons — with the bytes it takes on the
 * device, so 「离线保存」 can say how much before anything is downloaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { routes } from '../routes';
import type { PackPages } from './pack-pages';

export const PACK_FILE = 'offline-pack.json';

export interface OfflinePack extends PackPages {
	/** Changes whenever any file in the pack changes. */
	version: string;
	bytes: number;
	urls: string[];
	/**
	 * For every search result fragment left out of the pack: the page's address, title and type, so
	 * that offline the service worker can still list the result by its title (saying that the page
	 * is not saved) instead of failing the whole search.
	 */
	unsavedResults: Record<string, [url: string, title: string, type: string]>;
}

function filesUnder(root: string, folder: string): string[] {
	const dir = join(root, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => `/${relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}

/** Pagefind's ready-made UIs; the site searches through pagefind.js with its own (src/components/search). */
const UNUSED_SEARCH_FILES = /\/pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * The search index for the pack: the whole index (a query must find the pack's pages however the
 * words are spread over its chunks) but only the result fragments of the pack's own pages — the
 * part that grows with every case and brief (~2.6 KB a page on the starter content); the others
 * are listed by address and title only.
 */
function searchFiles(distDir: string, pages: Set<string>) {
	const urls: string[] = [];
	const unsavedResults: OfflinePack['unsavedResults'] = {};
	for (const url of filesUnder(distDir, 'pagefind')) {
		if (UNUSED_SEARCH_FILES.test(url)) continue;
		if (!url.endsWith('.pf_fragment')) {
			urls.push(url);
			continue;
		}
		const text = gunzipSync(readFileSync(join(distDir, url))).toString('utf-8');
		const fragment = JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string; meta?: { title?: string }; filters?: { type?: string[] } };
		if (pages.has(fragment.url)) urls.push(url);
		else unsavedResults[url] = [fragment.url, fragment.meta?.title ?? fragment.url, fragment.filters?.type?.[0] ?? ''];
	}
	return { urls, unsavedResults };
}

const fileOf = (root: string, url: string) => join(root, decodeURI(url), url.endsWith('/') ? 'index.html' : '');

export function writeOfflinePack(distDir: string): OfflinePack {
	const listed = JSON.parse(readFileSync(join(distDir, PACK_FILE), 'utf-8')) as PackPages;
	const search = searchFiles(distDir, new Set(listed.pages));
	const urls = [
		...listed.pages,
		...filesUnder(distDir, '_astro'),
		...search.urls,
		// The search page asks for the guide's editions with its first search (版本 filter).
		routes.searchEditions(),
		...filesUnder(distDir, 'icons'),
		'/manifest.webmanifest',
		'/reader-preferences.js',
	].filter((url) => existsSync(fileOf(distDir, url)));
	const hash = createHash('sha256');
	let bytes = 0;
	for (const url of urls) {
		const file = fileOf(distDir, url);
		bytes += statSync(file).size;
		hash.update(url).update(readFileSync(file));
	}
	const pack: OfflinePack = { ...listed, version: hash.digest('hex').slice(0, 16), bytes, urls, unsavedResults: search.unsavedResults };
	const listing = JSON.stringify(pack);
	// The listing itself is saved with the pack: count it too.
	pack.bytes += Buffer.byteLength(listing);
	writeFileSync(join(distDir, PACK_FILE), JSON.stringify(pack));
	return pack;
}
