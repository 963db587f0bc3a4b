/**
 * After the build: every page gets the Content-Security-Policy as a `<meta http-equiv>` (the
 * fallback for hosts that cannot set headers), and the same policies are written as a `_headers`
 * file and an nginx snippet (src/lib/security/).
 *
 * Which inline scripts are the site's own: src/lib/security/site-script-hashes.ts.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBackendSettings } from '../../../cms/config/backend-config';
import { adminPolicy, serialisePolicy, sitePolicy } from '../security/content-security-policy';
import { headersFile, nginxSnippet } from '../security/header-files';
import { foreignScripts, foreignScriptsError, siteScriptHashes } from '../security/site-script-hashes';

function* htmlFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

const isAdmin = (outDir: string, file: string) => relative(outDir, file).split(/[\\/]/)[0] === 'admin';

const CHARSET = /<meta charset="?utf-8"?\s*\/?>/i;

/** Right after `<meta charset>` (or `<head>`), before any script the policy must govern. The page stays bytes. */
function withMetaPolicy(html: Buffer, policy: string): Buffer {
	const meta = Buffer.from(`<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`, 'utf-8');
	const text = html.toString('latin1');
	const after = CHARSET.exec(text) ?? /<head>/i.exec(text);
	if (!after) return html;
	const at = after.index + after[0].length;
	return Buffer.concat([html.subarray(0, at), meta, html.subarray(at)]);
}

/** Runs `task` over `items` with at most `width` at once, so reads and writes overlap the scanning. */
async function eachAtMost<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) await task(items[next++]);
	};
	await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

export function securityHeaders(): AstroIntegration {
	return {
		name: 'gongjian:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = [...htmlFiles(outDir)];
				const hashes = siteScriptHashes(outDir);
				const own = new Set(hashes);
				const site = sitePolicy(hashes);
				const admin = adminPolicy(readBackendSettings(process.env));
				const metaPolicy = { site: serialisePolicy(site, { forMeta: true }), admin: serialisePolicy(admin, { forMeta: true }) };
				const foreign: string[] = [];
				// One read and one write per page; the policy goes in as bytes, the page is never decoded.
				await eachAtMost(files, 16, async (file) => {
					const html = await readFile(file);
					const inAdmin = isAdmin(outDir, file);
					if (!inAdmin) foreign.push(...foreignScripts(relative(outDir, file), html, own));
					await writeFile(file, withMetaPolicy(html, inAdmin ? metaPolicy.admin : metaPolicy.site));
				});
				if (foreign.length) throw foreignScriptsError(foreign.sort());
				const top = readdirSync(outDir, { withFileTypes: true }).filter((entry) => entry.name !== 'admin' && !entry.name.startsWith('_'));
				const sitePaths = ['/', ...top.map((entry) => (entry.isDirectory() ? `/${entry.name}/*` : `/${entry.name}`)).filter((path) => path !== '/index.html')];
				writeFileSync(join(outDir, '_headers'), headersFile(sitePaths, serialisePolicy(site), serialisePolicy(admin)));
				mkdirSync(join(outDir, '_security'), { recursive: true });
				writeFileSync(join(outDir, '_security/nginx-security-headers.conf'), nginxSnippet(serialisePolicy(site), serialisePolicy(admin)));
				logger.info(`Content-Security-Policy on ${files.length} pages, ${hashes.length} inline script hash(es); _headers and _security/nginx-security-headers.conf written.`);
			},
		},
	};
}
