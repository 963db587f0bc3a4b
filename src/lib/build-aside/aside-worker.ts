/**
 * Worker thread entry (started by aside.ts): computes the plan's jobs in order, sending results in
 * batches so pages rendered meanwhile find theirs, then draws the share cards into the card cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawMissingCards } from '../share/cached-card';
import type { AsideMessage, AsidePlan } from './aside';
import { asideWork, type AsideJob, type AsideKind } from './work';

/** Small enough that the first pages find their values early, large enough that messages stay few. */
const BATCH = 50;

const { jobs, cards, cardDir } = workerData as AsidePlan;
const send = (message: AsideMessage) => parentPort!.postMessage(message);

/** A job that throws is left out: its page computes the value itself, and meets the error there. */
async function run(job: AsideJob): Promise<{ value: unknown } | undefined> {
	try {
		// Each job's input is its kind's (work.ts); TypeScript cannot follow the pairing through the union.
		return { value: await (asideWork[job.kind] as (input: unknown) => unknown)(job.input) };
	} catch {
		return undefined;
	}
}

let batch: [AsideKind, string, unknown][] = [];
for (const job of jobs) {
	const done = await run(job);
	if (done) batch.push([job.kind, job.key, done.value]);
	if (batch.length === BATCH) {
		send({ results: batch });
		batch = [];
	}
}
send({ results: batch });
send({ jobsDone: jobs.length });
send({ cardsDrawn: drawMissingCards(cards, cardDir) });
