/**
 * Checks the content on a worker thread, so the build's main thread can sync the content
 * meanwhile: at 5,000 entries the check costs about 7 s of CPU (reading and decoding, YAML and
 * schemas, links, safety and personal data), and the machine's second core is otherwise mostly
 * idle until pages render. The problems are exactly those of `checkContent`, which the worker
 * runs on the same files.
 *
 * The worker runs the TypeScript sources through tsx, which the build already depends on, as the
 * build worker does (src/lib/build-aside/aside.ts). If it cannot start, or fails, the
 * check runs on the calling thread instead: slower, never skipped.
 */
import type { Worker } from 'node:worker_threads';
import { startTsxWorker } from '../tsx-worker';
import { checkContent, type ContentProblem } from './check';

/** The check's worker, or undefined when it cannot start (a missing file, or a failing start). */
function startChecker(root: string, publicDir: string, workerFile: string): Worker | undefined {
	try {
		return startTsxWorker(workerFile, { root, publicDir });
	} catch (error) {
		console.warn(`[gongjian:content-check] check worker did not start, checking on the main thread: ${String(error)}`);
		return undefined;
	}
}

export function checkContentAside(root: string, publicDir: string, workerFile: string): Promise<ContentProblem[]> {
	const onThisThread = () => checkContent(root, publicDir).problems;
	const worker = startChecker(root, publicDir, workerFile);
	if (!worker) return Promise.resolve(onThisThread());
	return new Promise((resolve) => {
		let answered = false;
		const fallBack = (why: string) => {
			if (answered) return;
			answered = true;
			console.warn(`[gongjian:content-check] check worker ${why}, checking on the main thread`);
			resolve(onThisThread());
		};
		worker.once('message', (problems: ContentProblem[]) => {
			answered = true;
			resolve(problems);
		});
		worker.once('error', (error) => fallBack(`failed (${String(error)})`));
		worker.once('exit', (code) => fallBack(`stopped with code ${code} before answering`));
	});
}
