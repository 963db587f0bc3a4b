/**
 * Serves a built site on 127.0.0.1 the way a static host would: `/cases/` is `cases/index.html`,
 * `/cases` redirects to `/cases/`, unknown paths get the site's 404 page, and text is gzipped when
 * the browser asks. The folder is looked up on every request, so a rebuild can swap in a new one
 * without a restart. It counts the bytes it sends, which is how the search benchmark measures what
 * a search downloads.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.pdf': 'application/pdf',
	'.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.xml', '.svg', '.txt']);

export interface Transfer {
	path: string;
	bytes: number;
}

export interface StaticSite {
	origin: string;
	server: Server;
	/** Every response sent since the last call. */
	takeTransfers(): Transfer[];
	close(): Promise<void>;
}

/** What a URL path names inside `root`; never anything outside it. */
function lookup(root: string, pathname: string): { file?: string; folder?: boolean } {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if ((path !== root && !path.startsWith(root + sep)) || !existsSync(path)) return {};
	if (!statSync(path).isDirectory()) return { file: path };
	const index = join(path, 'index.html');
	return existsSync(index) ? { file: index, folder: true } : {};
}

export function serveSite(options: {
	root: () => string;
	port?: number;
	/** `no-store` while a site is being rebuilt under the browser; `no-cache` lets it revalidate. */
	cache?: 'no-store' | 'no-cache';
}): Promise<StaticSite> {
	let transfers: Transfer[] = [];
	const gzipped = new Map<string, Buffer>();
	const server = createServer((request, response) => {
		const root = normalize(options.root());
		const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
		const { file, folder } = lookup(root, pathname);
		if (folder && !pathname.endsWith('/')) {
			response.writeHead(301, { Location: `${pathname}/` }).end();
			return;
		}
		const found = file ?? lookup(root, '/404.html').file;
		if (!found) {
			response.writeHead(404, { 'Content-Type': TYPES['.txt'] }).end('Not found');
			return;
		}
		let body: Buffer = readFileSync(found);
		const headers: Record<string, string | number> = { 'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream', 'Cache-Control': options.cache ?? 'no-store' };
		if (COMPRESSIBLE.has(extname(found)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			if (!gzipped.has(found)) gzipped.set(found, gzipSync(body, { level: 9 }));
			body = gzipped.get(found)!;
			headers['Content-Encoding'] = 'gzip';
		}
		headers['Content-Length'] = body.length;
		response.writeHead(file ? 200 : 404, headers).end(body);
		transfers.push({ path: pathname, bytes: body.length });
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			resolve({
				origin: `http://127.0.0.1:${port}`,
				server,
				takeTransfers: () => {
					const taken = transfers;
					transfers = [];
					return taken;
				},
				close: () => new Promise((done) => server.close(() => done())),
			});
		});
	});
}
