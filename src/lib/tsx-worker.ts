/**
 * A worker thread running one of the project's TypeScript files through tsx, which the build
 * already depends on (`npm run build` starts with it). Astro bundles the modules that start
 * workers, so the file is given by its path, not resolved from the caller's URL.
 */
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** The worker, or undefined when `file` does not exist (a caller then does the work itself). */
export function startTsxWorker(file: string, workerData: unknown): Worker | undefined {
	if (!existsSync(file)) return undefined;
	return new Worker(file, { workerData, execArgv: ['--import', 'tsx'] });
}
