/**
 * A static file server for a built site on 127.0.0.1, gzipping text as a host would, that counts
 * the bytes it sends: the benchmark's measure of what a search downloads.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TEXT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};

export interface Transfer {
	path: string;
	bytes: number;
}

export interface StaticServer {
	origin: string;
	/** Every response sent since the last `takeTransfers()`. */
	takeTransfers(): Transfer[];
	close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
	let transfers: Transfer[] = [];
	const gzipped = new Map<string, Buffer>();
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(root, path));
		if (file.startsWith(root) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!file.startsWith(root) || !existsSync(file)) {
			response.writeHead(404).end();
			return;
		}
		const type = TEXT_TYPES[extname(file)];
		let body: Buffer = readFileSync(file);
		const headers: Record<string, string | number> = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-cache' };
		if (type && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
			body = gzipped.get(file)!;
			headers['content-encoding'] = 'gzip';
		}
		headers['content-length'] = body.length;
		response.writeHead(200, headers).end(body);
		transfers.push({ path, bytes: body.length });
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	return {
		origin: `http://127.0.0.1:${port}`,
		takeTransfers: () => {
			const taken = transfers;
			transfers = [];
			return taken;
		},
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
