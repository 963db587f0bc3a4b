/**
 * After the build: every page gets the Content-Security-Policy as a `<meta http-equiv>` (the
 * fallback for hosts that cannot set headers), and the same policies are written as a `_headers`
 * file and an nginx snippet (src/lib/security/).
 *
 * Which inline scripts are the site's own: src/lib/security/site-script-hashes.ts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readBackendSettings } from '../../../cms/config/backend-config';
import { adminPolicy, serialisePolicy, sitePolicy } from '../security/content-security-policy';
import { headersFile, nginxSnippet } from '../security/header-files';
import { siteScriptHashes } from '../security/site-script-hashes';

function* htmlFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

const isAdmin = (outDir: string, file: string) => relative(outDir, file).split(/[\\/]/)[0] === 'admin';

/** Right after `<meta charset>` (or `<head>`), before any script the policy must govern. */
function withMetaPolicy(html: string, policy: string): string {
	const meta = `<meta http-equiv="content-security-policy" content="${policy.replace(/"/g, '&quot;')}">`;
	const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(html);
	if (charset) return html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
	return html.replace(/<head>/i, `<head>${meta}`);
}

export function securityHeaders(): AstroIntegration {
	return {
		name: 'gongjian:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const files = [...htmlFiles(outDir)];
				const hashes = siteScriptHashes(
					outDir,
					files.filter((file) => !isAdmin(outDir, file)),
				);
				const site = sitePolicy(hashes);
				const admin = adminPolicy(readBackendSettings(process.env));
				for (const file of files) {
					const policy = serialisePolicy(isAdmin(outDir, file) ? admin : site, { forMeta: true });
					writeFileSync(file, withMetaPolicy(readFileSync(file, 'utf-8'), policy));
				}
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
