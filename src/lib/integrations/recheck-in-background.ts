/**
 * Re-runs the content check in `astro dev` after a file changes, in a child process: checking a
 * few thousand files takes seconds, and the dev server must keep serving the edited page in the
 * meantime. Changes in quick succession start one check; a change during a check restarts it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';

export function recheckInBackground(projectRoot: string, contentDir: string, report: (text: string) => void, delayMs = 300): () => void {
	let timer: NodeJS.Timeout | undefined;
	let running: ChildProcess | undefined;
	const run = () => {
		running?.kill();
		let output = '';
		const child = spawn(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'scripts/check-content.ts'), contentDir], {
			cwd: projectRoot,
			stdio: ['ignore', 'ignore', 'pipe'],
		});
		// Below the dev server, which is serving the edited page on the same cores meanwhile.
		if (child.pid) setPriority(child.pid, 10);
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('exit', (code) => {
			if (running === child) running = undefined;
			if (code === 1 && output.trim()) report(output.trim());
		});
		running = child;
	};
	return () => {
		clearTimeout(timer);
		timer = setTimeout(run, delayMs);
	};
}
