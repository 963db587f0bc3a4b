/**
 * Serves a built site on 127.0.0.1, the way a static host would: `/cases/` is
 * `cases/index.html`, `/cases` redirects to `/cases/`, and unknown paths get the site's 404 page.
 * The folder is asked for on every request, so a rebuild can swap in a new one without a restart.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.ico': 'image/x-icon',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.pdf': 'application/pdf',
	'.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	'.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** What a URL path names inside `root`; never anything outside it. */
function lookup(root: string, pathname: string): { file?: string; folder?: boolean } {
	const path = normalize(join(root, decodeURIComponent(pathname)));
	if ((path !== root && !path.startsWith(root + sep)) || !existsSync(path)) return {};
	if (!statSync(path).isDirectory()) return { file: path };
	const index = join(path, 'index.html');
	return existsSync(index) ? { file: index, folder: true } : {};
}

export function serveDirectory(currentRoot: () => string, port: number): Promise<Server> {
	const server = createServer((request, response) => {
		const root = normalize(currentRoot());
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
		response.writeHead(file ? 200 : 404, {
			'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream',
			// A rebuild replaces everything: never let the browser keep an old page.
			'Cache-Control': 'no-store',
		});
		createReadStream(found).pipe(response);
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve(server));
	});
}
