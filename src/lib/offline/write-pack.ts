/**
 * Completes dist/offline-pack.json after the build: the pack's pages plus everything they need
 * offline — the site's scripts and styles (/_astro/, a few hundred KB however large the site), the
 * pack's own search index over its pages only (/pagefind-offline/, see write-pack-search-index.ts)
 * and the app's manifest and icons — with the bytes it takes on the device, so 「离线保存」 can say
 * how much before anything is downloaded. Nothing in it grows with the number of cases or briefs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { routes } from '../routes';
import type { PackPages } from './pack-pages';
import { PACK_SEARCH_DIR, writePackSearchIndex } from './write-pack-search-index';

export const PACK_FILE = 'offline-pack.json';

export interface OfflinePack extends PackPages {
	/** Changes whenever any file in the pack changes. */
	version: string;
	bytes: number;
	urls: string[];
	/** Where the pack's search index is, in place of /pagefind/ when offline. */
	searchIndex: string;
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

const fileOf = (root: string, url: string) => join(root, decodeURI(url), url.endsWith('/') ? 'index.html' : '');

export async function writeOfflinePack(distDir: string): Promise<OfflinePack> {
	const listed = JSON.parse(readFileSync(join(distDir, PACK_FILE), 'utf-8')) as PackPages;
	await writePackSearchIndex(distDir, listed.pages);
	const urls = [
		...listed.pages,
		...filesUnder(distDir, '_astro'),
		...filesUnder(distDir, PACK_SEARCH_DIR).filter((url) => !UNUSED_SEARCH_FILES.test(url)),
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
	const pack: OfflinePack = { ...listed, version: hash.digest('hex').slice(0, 16), bytes, urls, searchIndex: `/${PACK_SEARCH_DIR}/` };
	const listing = JSON.stringify(pack);
	// The listing itself is saved with the pack: count it too.
	pack.bytes += Buffer.byteLength(listing);
	writeFileSync(join(distDir, PACK_FILE), JSON.stringify(pack));
	return pack;
}
