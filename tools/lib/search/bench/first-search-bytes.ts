/**
 * What the first search of a visit downloads, by kind, as the server sent it (gzipped where a
 * host would gzip; Pagefind's own files are compressed already).
 */
import type { Transfer } from '../../serve/static-site';

export type TransferKind = 'search UI js' | 'pagefind js' | 'wasm' | 'meta' | 'index chunks' | 'filter chunks' | 'fragments';

export type BytesByKind = Partial<Record<TransferKind, { files: number; bytes: number }>>;

export function kindOf(path: string): TransferKind | undefined {
	if (/\/_astro\/SearchBox[^/]*\.js$/.test(path)) return 'search UI js';
	// Our search's own small files: the guide's editions and the list of index bundles.
	if (path === '/search-editions.json' || path.endsWith('/gongjian-bundles.json')) return 'meta';
	if (!/^\/pagefind(-default)?\//.test(path)) return undefined;
	if (path.endsWith('.js')) return 'pagefind js';
	if (path.includes('/wasm.')) return 'wasm';
	if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'meta';
	if (path.includes('/index/')) return 'index chunks';
	if (path.includes('/filter/')) return 'filter chunks';
	if (path.includes('/fragment/')) return 'fragments';
	return undefined;
}

export function bytesByKind(transfers: readonly Transfer[]): BytesByKind {
	const result: BytesByKind = {};
	for (const { path, bytes } of transfers) {
		const kind = kindOf(path);
		if (!kind) continue;
		const entry = (result[kind] ??= { files: 0, bytes: 0 });
		entry.files++;
		entry.bytes += bytes;
	}
	return result;
}

export const totalBytes = (bytes: BytesByKind) => Object.values(bytes).reduce((sum, entry) => sum + entry.bytes, 0);
