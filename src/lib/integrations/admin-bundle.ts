/**
 * The /admin script (Decap CMS and our widgets, previews and checks: about 6 MB before gzip) is
 * bundled once by Vite on its own and cached by the hash of everything it is built from, instead
 * of on every `astro build`. Content changes never change it, so a rebuild after an editor saves
 * skips the 5–10 s this bundle costs. The same prebuilt bundle is served by `astro dev`, where
 * Decap cannot run from Vite's separately pre-bundled dependencies.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { build } from 'vite';

/** Where /admin/ loads its script from; the admin page and this integration agree on it. */
export const ADMIN_ASSETS = '/admin/assets/';
export const ADMIN_ENTRY = 'admin.js';

/**
 * Everything the bundle is built from: if none of it changed, the cached bundle is still right.
 * The previews draw the site's view models (src/lib/views), which reach into the rest of src/lib
 * (the site model, evidence, routes) and src/markdown, so all of src/lib counts: a narrower list
 * once kept a bundle built from an older src/lib/model after that folder changed. Packages count
 * through package-lock.json. tests/unit/admin-bundle-inputs.test.ts follows the imports.
 */
export const ADMIN_BUNDLE_INPUTS = ['cms/admin', 'cms/config', 'src/schemas', 'src/lib', 'src/markdown', 'src/styles', 'package-lock.json'];

function* filesUnder(path: string): Generator<string> {
	if (!existsSync(path)) return;
	if (statSync(path).isFile()) {
		yield path;
		return;
	}
	for (const name of readdirSync(path).sort()) yield* filesUnder(join(path, name));
}

function inputsHash(root: string): string {
	const hash = createHash('sha256');
	for (const input of ADMIN_BUNDLE_INPUTS) {
		for (const file of filesUnder(join(root, input))) {
			hash.update(relative(root, file));
			hash.update(readFileSync(file));
		}
	}
	return hash.digest('hex').slice(0, 16);
}

async function bundle(root: string, outDir: string) {
	await build({
		configFile: false,
		root,
		// Its own cache, so bundling beside Astro's build never touches the site's optimised dependencies.
		cacheDir: join(root, 'node_modules/.cache/gongjian-admin-vite'),
		publicDir: false,
		// Decap's dependencies carry React "use client" directives that a plain bundle ignores; only errors matter here.
		logLevel: 'error',
		mode: 'production',
		define: { 'process.env.NODE_ENV': JSON.stringify('production') },
		// Vite picks packages' "development" builds (React's, Emotion's) whenever NODE_ENV is not
		// production, as under the test runner; the cached bundle must not depend on who built it.
		resolve: { conditions: ['module', 'browser', 'production'] },
		build: {
			outDir,
			emptyOutDir: true,
			target: 'es2022',
			sourcemap: false,
			chunkSizeWarningLimit: 8000,
			rollupOptions: {
				input: join(root, 'cms/admin/start-cms.ts'),
				output: { format: 'es', entryFileNames: ADMIN_ENTRY, chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'chunks/[name]-[hash][extname]' },
			},
		},
	});
}

export async function ensureAdminBundle(root: string, logger?: AstroIntegrationLogger): Promise<string> {
	const dir = join(root, 'node_modules/.cache/gongjian-admin', inputsHash(root));
	if (existsSync(join(dir, ADMIN_ENTRY))) return dir;
	const started = performance.now();
	logger?.info('Bundling the /admin script (Decap CMS); cached until its sources change…');
	// Built beside the cache and moved in whole, so a build running at the same time never sees half a bundle.
	const building = `${dir}.${process.pid}`;
	await bundle(root, building);
	if (existsSync(join(dir, ADMIN_ENTRY))) rmSync(building, { recursive: true, force: true });
	else renameSync(building, dir);
	logger?.info(`Bundled /admin in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	return dir;
}

export function adminBundle(): AstroIntegration {
	let bundleDir = '';
	let building: Promise<string> | undefined;
	return {
		name: 'gongjian:admin-bundle',
		hooks: {
			'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
				if (command === 'build') {
					// A cold bundle (5 s) runs beside the content sync and the page rendering; the build waits for it only at the end.
					building = ensureAdminBundle(fileURLToPath(config.root), logger);
					building.catch(() => undefined);
					return;
				}
				if (command !== 'dev') return;
				bundleDir = await ensureAdminBundle(fileURLToPath(config.root), logger);
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'gongjian:admin-assets',
								configureServer(server) {
									server.middlewares.use(ADMIN_ASSETS, (request, response, next) => {
										const file = join(bundleDir, decodeURIComponent((request.url ?? '').split('?')[0]));
										if (!file.startsWith(bundleDir) || !existsSync(file) || !statSync(file).isFile()) return next();
										response.setHeader('Content-Type', file.endsWith('.css') ? 'text/css' : 'text/javascript');
										response.end(readFileSync(file));
									});
								},
							},
						],
					},
				});
			},
			'astro:build:done': async ({ dir }) => {
				if (!building) return;
				cpSync(await building, fileURLToPath(new URL(`.${ADMIN_ASSETS}`, dir)), { recursive: true });
			},
		},
	};
}
