/**
 * Pagefind's Node API sends each call to its own process and waits for the answer; if that process
 * dies (a panic on a disk it cannot write, the kernel's out-of-memory killer), the answer never
 * comes and the build would wait forever. Node announces every process it starts on the
 * `child_process` diagnostics channel, so the Pagefind processes of this thread are watched, and
 * one that ends without having been asked to (`pagefind.close()` kills it, which sets `killed`)
 * fails every call still waiting, with its exit code or signal. `pagefindCall` also turns the
 * errors Pagefind reports in its answer into one that names the step.
 */
import { subscribe } from 'node:diagnostics_channel';
import type { ChildProcess } from 'node:child_process';
import { basename } from 'node:path';

type Waiting = (error: Error) => void;

const waiting = new Set<Waiting>();
let watching = false;

function watchPagefindProcesses(): void {
	if (watching) return;
	watching = true;
	subscribe('child_process', (message) => {
		const child = (message as { process: ChildProcess }).process;
		// Published before the process starts: what it runs is known by the time it ends.
		child.once('exit', (code, signal) => {
			if (child.killed || !basename(child.spawnfile ?? '').startsWith('pagefind')) return;
			const error = new Error(`Pagefind's process ended unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`}); its messages, if any, are just above`);
			for (const fail of [...waiting]) fail(error);
		});
	});
}

/** The answer to `call`, or an error if a Pagefind process dies before it comes. */
export function answered<T>(call: () => Promise<T>): Promise<T> {
	// Before the call: the call may be what starts the process.
	watchPagefindProcesses();
	let fail: Waiting = () => {};
	const died = new Promise<never>((_, reject) => {
		fail = reject;
		waiting.add(fail);
	});
	return Promise.race([call(), died]).finally(() => waiting.delete(fail));
}

/** The answer to `call`, which must report no errors; `step` names the call in the error. */
export async function pagefindCall<T extends { errors: string[] }>(call: () => Promise<T>, step: string): Promise<T> {
	const response = await answered(call);
	if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	return response;
}
