/**
 * Counts git processes: puts a `git` first on PATH that logs each call and runs the real git.
 * Used by the benchmark and the history tests to show the count does not grow with the content.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface GitCounter {
	env: { PATH: string };
	count(): number;
}

export function countGitProcesses(): GitCounter {
	const dir = mkdtempSync(join(tmpdir(), 'git-counter-'));
	const log = join(dir, 'calls.log');
	const real = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf-8' }).trim();
	writeFileSync(join(dir, 'git'), `#!/bin/sh\necho "$*" >> "${log}"\nexec "${real}" "$@"\n`);
	chmodSync(join(dir, 'git'), 0o755);
	writeFileSync(log, '');
	return {
		env: { PATH: `${dir}:${process.env.PATH}` },
		count: () => readFileSync(log, 'utf-8').split('\n').filter(Boolean).length,
	};
}
