/**
 * The Content-Security-Policy of the site and of /admin. The site runs only its own scripts: files
 * from its own origin, and the few inline scripts Starlight and our components ship, each allowed
 * by its SHA-256 hash computed at build (inline-scripts.ts) — so a script that got into a page any
 * other way does not run. /admin runs Decap CMS, which talks to exactly one backend.
 */
import type { BackendSettings } from '../../../cms/config/backend-config';
import { localProxyUrl } from '../../../cms/config/backend-config';

export type Policy = Record<string, string[]>;

/** Directives a `<meta http-equiv>` policy cannot carry; browsers ignore them there. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function sitePolicy(scriptHashes: string[]): Policy {
	return {
		'default-src': ["'self'"],
		// Pagefind compiles its WebAssembly search in the browser, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
		'script-src': ["'self'", "'wasm-unsafe-eval'", ...scriptHashes.map((hash) => `'${hash}'`)],
		// Starlight sets style attributes (e.g. sidebar state); styles cannot run script.
		'style-src': ["'self'", "'unsafe-inline'"],
		'img-src': ["'self'", 'data:'],
		'font-src': ["'self'", 'data:'],
		'connect-src': ["'self'"],
		'object-src': ["'none'"],
		'frame-src': ["'none'"],
		'child-src': ["'none'"],
		'worker-src': ["'self'"],
		'base-uri': ["'self'"],
		'form-action': ["'self'"],
		'frame-ancestors': ["'none'"],
	};
}

const originOf = (url: string) => new URL(url).origin;

/** Where Decap talks to, for the configured backend: nothing else may be reached from /admin. */
export function backendOrigins(backend: BackendSettings): { connect: string[]; images: string[] } {
	switch (backend.kind) {
		case 'local':
			return { connect: [originOf(localProxyUrl(backend.proxyPort)), `http://localhost:${backend.proxyPort}`], images: [] };
		case 'github': {
			const api = originOf(backend.apiRoot ?? 'https://api.github.com');
			return { connect: [api], images: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'] };
		}
		case 'gitlab':
			return { connect: [...new Set([originOf(backend.apiRoot), originOf(backend.gitlabUrl)])], images: [originOf(backend.gitlabUrl)] };
	}
}

export function adminPolicy(backend: BackendSettings): Policy {
	const { connect, images } = backendOrigins(backend);
	return {
		'default-src': ["'self'"],
		// Decap validates its configuration with ajv, which compiles validators with `new Function`
		// (without it the CMS stops at start: "Evaluating a string as JavaScript violates … script-src").
		// Only on /admin, whose scripts are our bundle alone: no inline script is allowed here.
		'script-src': ["'self'", "'unsafe-eval'"],
		// Decap's editor (emotion) injects its styles at run time.
		'style-src': ["'self'", "'unsafe-inline'"],
		// blob: for images chosen for upload before they are saved.
		'img-src': ["'self'", 'data:', 'blob:', ...images],
		'font-src': ["'self'", 'data:'],
		'connect-src': ["'self'", ...connect],
		'object-src': ["'none'"],
		'frame-src': ["'none'"],
		'child-src': ["'none'"],
		'worker-src': ["'self'", 'blob:'],
		'base-uri': ["'self'"],
		'form-action': ["'self'"],
		'frame-ancestors': ["'none'"],
	};
}

export function serialisePolicy(policy: Policy, { forMeta = false } = {}): string {
	return Object.entries(policy)
		.filter(([directive]) => !(forMeta && HEADER_ONLY.has(directive)))
		.map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
		.join('; ');
}
