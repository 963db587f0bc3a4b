/**
 * Builds the real site (this repository's src/ and astro.config.mjs) against a content folder of
 * the test's choosing, in a child process, into a temporary output folder with its own cache.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuiltSite {
	outDir: string;
	stdout: string;
	stderr: string;
	/** The HTML of a built page, by URL path such as `/cases/case-one/`. */
	html(path: string): string;
	exists(path: string): boolean;
}

/** A writable copy of a fixture's content folder, so tests can add or break files. */
export function copyFixture(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `gongjian-${name}-`));
	cpSync(join(projectRoot, 'tests/fixtures', name, 'content'), join(dir, 'content'), { recursive: true });
	return join(dir, 'content');
}

/**
 * Build output goes under node_modules/.cache: Astro puts its prerender chunks next to an output
 * folder inside the project, but into a shared .astro/ folder for one outside it, and two builds
 * at once would then overwrite each other's chunks.
 */
const buildsRoot = join(projectRoot, 'node_modules/.cache/gongjian-builds');

export async function buildSite(contentDir: string, env: Record<string, string> = {}): Promise<BuiltSite> {
	mkdirSync(buildsRoot, { recursive: true });
	const work = mkdtempSync(join(buildsRoot, 'build-'));
	const outDir = join(work, 'dist');
	const { stdout, stderr } = await run(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: projectRoot,
		env: { ...process.env, GONGJIAN_CONTENT: contentDir, GONGJIAN_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
		maxBuffer: 64 * 1024 * 1024,
	}).catch((error: Error & { stdout?: string; stderr?: string }) => {
		error.message = `${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`;
		throw error;
	});
	const file = (path: string) => join(outDir, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
	return {
		outDir,
		stdout,
		stderr,
		html: (path) => readFileSync(file(path), 'utf-8'),
		exists: (path) => existsSync(file(path)),
	};
}

/** Runs a build that is expected to fail, and returns its output. */
export async function buildSiteExpectingFailure(contentDir: string): Promise<string> {
	try {
		const built = await buildSite(contentDir);
		throw new Error(`Build unexpectedly succeeded:\n${built.stdout}`);
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		if (!stdout && !stderr) throw error;
		return `${stdout}\n${stderr}`;
	}
}
