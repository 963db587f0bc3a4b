/**
 * How long an edit takes to show in `astro dev`: start the dev server on a content folder, load a
 * case page, change the case's title on disk, and reload until the new title is served.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevEditTiming {
	/** Dev server start until it answers. */
	startMs: number;
	/** First render of the case page (a cold page). */
	firstPageMs: number;
	/** A reload of the same page with nothing changed. */
	reloadMs: number;
	/** From saving the file to a reload that shows the edit, for each edit. */
	editMs: number[];
}

async function fetchText(url: string): Promise<string> {
	const response = await fetch(url);
	return response.text();
}

export async function measureDevEdit(options: { projectRoot: string; contentDir: string; caseId: string; port: number; edits?: number }): Promise<DevEditTiming> {
	const started = performance.now();
	const server = spawn(process.execPath, [join(options.projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(options.port)], {
		cwd: options.projectRoot,
		env: { ...process.env, GONGJIAN_CONTENT: options.contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	server.stdout.on('data', (chunk) => (log += chunk));
	server.stderr.on('data', (chunk) => (log += chunk));
	const url = `http://127.0.0.1:${options.port}/cases/${options.caseId}/`;
	try {
		for (;;) {
			if (server.exitCode !== null) throw new Error(`astro dev exited:\n${log.slice(-3000)}`);
			try {
				await fetch(`http://127.0.0.1:${options.port}/`, { method: 'HEAD' });
				break;
			} catch {
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		}
		const startMs = performance.now() - started;
		let t = performance.now();
		await fetchText(url);
		const firstPageMs = performance.now() - t;
		t = performance.now();
		await fetchText(url);
		const reloadMs = performance.now() - t;

		const file = join(options.contentDir, 'cases', `${options.caseId}.md`);
		const original = readFileSync(file, 'utf-8');
		const editMs: number[] = [];
		for (let edit = 1; edit <= (options.edits ?? 3); edit++) {
			const marker = `改过的标题${edit}号`;
			writeFileSync(file, original.replace(/^title: .*$/m, `title: ${marker}`));
			t = performance.now();
			while (!(await fetchText(url)).includes(marker)) {
				if (performance.now() - t > 60_000) throw new Error('The edit did not show within 60 s');
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			editMs.push(performance.now() - t);
		}
		writeFileSync(file, original);
		return { startMs, firstPageMs, reloadMs, editMs };
	} finally {
		server.kill();
	}
}
