/**
 * Builds the site from a content folder into a fresh output folder, in a child process, and keeps
 * the last good build: a rebuild that fails (a content check, say) leaves the previous site up.
 * `buildsDir` must be inside the project (e.g. under node_modules/.cache): Astro writes its
 * prerender chunks next to an output folder inside the project, but into the shared .astro/ for
 * one outside it, where two builds would collide.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface BuildResult {
	ok: boolean;
	/** What a person needs to read: the content check's report when the build failed. */
	output: string;
	outDir?: string;
}

export interface SiteBuilder {
	/** The folder of the last good build. */
	current(): string | undefined;
	build(): Promise<BuildResult>;
}

/** Old builds are removed a while after a new one is served, once no request can still be reading them. */
const KEEP_OLD_BUILD_MS = 30_000;

export function siteBuilder({ projectRoot, buildsDir, env }: { projectRoot: string; buildsDir: string; env: Record<string, string> }): SiteBuilder {
	mkdirSync(buildsDir, { recursive: true });
	// Builds left behind by an earlier run of this builder.
	for (const old of readdirSync(buildsDir)) if (old.startsWith('build-')) rmSync(join(buildsDir, old), { recursive: true, force: true });
	let current: string | undefined;

	async function build(): Promise<BuildResult> {
		const work = mkdtempSync(join(buildsDir, 'build-'));
		const outDir = join(work, 'dist');
		try {
			const { stdout } = await run(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
				cwd: projectRoot,
				// The site as it is deployed, even when started from a test runner that sets NODE_ENV=test.
				env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', GONGJIAN_CACHE_DIR: join(buildsDir, 'cache'), ...env },
				maxBuffer: 64 * 1024 * 1024,
			});
			const previous = current;
			current = outDir;
			if (previous) setTimeout(() => rmSync(join(previous, '..'), { recursive: true, force: true }), KEEP_OLD_BUILD_MS).unref();
			return { ok: true, output: stdout, outDir };
		} catch (error) {
			rmSync(work, { recursive: true, force: true });
			const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
			return { ok: false, output: `${stdout}\n${stderr}`.trim() };
		}
	}

	return { current: () => current, build };
}
