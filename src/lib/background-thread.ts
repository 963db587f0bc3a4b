/**
 * Lowers the priority of the calling thread: for a build's worker thread whose work can wait (the
 * search index, needed only after the last page), so that on a two-core machine it takes the time
 * the page renderer and the other worker leave idle rather than share a core with the renderer,
 * which every later step waits for. A process the thread starts (Pagefind)
 * inherits the priority. Linux only (a thread's nice value, through /proc/thread-self); elsewhere,
 * or if the system refuses, the thread keeps its priority.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Nice value of background threads: below the renderer, above idle. */
const BACKGROUND = 10;

export function runInBackground(): void {
	try {
		const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
		if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, BACKGROUND);
	} catch {
		// Not Linux, or not allowed: the same work, only at normal priority.
	}
}
