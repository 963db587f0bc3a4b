/**
 * The content check's verdict, for whatever reads content while the check is still running. The
 * check runs beside the content sync (check-aside.ts), so a loader can meet a file the check will
 * refuse before the check has said so. The loader then waits for this verdict: in a build with
 * problems the check's report stops the process first, so the editor reads the check's message
 * (file, field, what is allowed) instead of a loader's warning or a schema's stack trace.
 *
 * On globalThis because Astro evaluates the config, where the check starts, and the content
 * config, where the loaders run, as separate module graphs.
 */
import { processWide } from '../process-wide';

const verdict = processWide<Promise<void>>('content-check-verdict');

/** Records the check's verdict: settled once its problems (if any) are reported. */
export function setContentCheckVerdict(settled: Promise<void>): void {
	verdict.set(settled);
}

/** Settles once the content check has reported; at once when no check runs in this process. */
export function contentCheckVerdict(): Promise<void> {
	return verdict.get() ?? Promise.resolve();
}
