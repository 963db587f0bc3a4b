/**
 * A build computes part of its pages on a worker thread while the main thread renders them: the
 * machine's second core is otherwise idle during page rendering. At 5,000 entries the references,
 * QR codes, created files' lengths and share cards cost the main thread about 25 s.
 *
 * The build's first page starts the worker with a plan (site-plan.ts): jobs in the order the pages
 * are rendered, then the share cards. Results come back in batches; a page takes its value from
 * here when it has arrived and computes it itself when not (`fromAside(…) ?? compute()`), so a
 * slow, failed or absent worker (as in `astro dev`) changes nothing but the time. The og route
 * waits for the cards (`asideCardsDrawn`) and draws whatever is still missing.
 *
 * The worker runs the TypeScript sources through tsx, which the build already depends on
 * (`npm run build` starts with it).
 */
import { join } from 'node:path';
import { processWide } from '../process-wide';
import { buildRoot } from './static-build';
import { startTsxWorker } from '../tsx-worker';
import type { ShareCard } from '../share/share-card';
import type { AsideJob, AsideKind, AsideOutput } from './work';

export interface AsidePlan {
	jobs: AsideJob[];
	cards: ShareCard[];
	/** The card cache the worker draws into (src/lib/share/cached-card.ts). */
	cardDir: string;
}

/** What the worker sends: a batch of results, then the end of the jobs, then the cards drawn. */
export type AsideMessage = { results: [AsideKind, string, unknown][] } | { jobsDone: number } | { cardsDrawn: number };

/** The worker's file, in the project being built (static-build.ts). */
export const asideWorkerFile = () => join(buildRoot(), 'src/lib/build-aside/aside-worker.ts');

interface AsideState {
	results: Map<string, unknown>;
	/** How many values of each kind arrived, and how many cards the worker drew. */
	counts: Record<AsideKind | 'cards', number>;
	cards: Promise<void>;
	finished: Promise<void>;
}

// One per build process, shared by every chunk of the prerender bundle and the integration.
const aside = processWide<AsideState>('build-aside');

const resultKey = (kind: AsideKind, key: string) => `${kind}\u0000${key}`;

/** Starts the worker once per process; later calls return the running one. */
export function startAside(plan: () => Promise<AsidePlan>, worker = asideWorkerFile()): AsideState {
	const running = aside.get();
	if (running) return running;
	const results = new Map<string, unknown>();
	let cardsDone!: () => void;
	let allDone!: () => void;
	const cards = new Promise<void>((resolve) => (cardsDone = resolve));
	const finished = new Promise<void>((resolve) => (allDone = resolve));
	const end = () => {
		cardsDone();
		allDone();
	};
	const counts = { gbt7714: 0, qr: 0, bodyLength: 0, cards: 0 };
	const state = aside.set({ results, counts, cards, finished });
	plan().then(
		(work) => {
			const thread = startTsxWorker(worker, work);
			if (!thread) return end();
			thread.on('message', (message: AsideMessage) => {
				if ('results' in message) {
					for (const [kind, key, value] of message.results) {
						results.set(resultKey(kind, key), value);
						counts[kind]++;
					}
				}
				if ('cardsDrawn' in message) {
					counts.cards = message.cardsDrawn;
					cardsDone();
				}
			});
			// Whatever happens to the worker, the pages compute what it did not.
			thread.once('error', (error) => {
				console.warn(`[gongjian:build-aside] worker failed; pages compute the rest themselves: ${String(error)}`);
				end();
			});
			thread.once('exit', end);
		},
		(error: unknown) => {
			console.warn(`[gongjian:build-aside] no worker (${String(error)}); pages compute everything themselves`);
			end();
		},
	);
	return state;
}

/** The worker's value for one job, if it has arrived. */
export function fromAside<K extends AsideKind>(kind: K, key: string): AsideOutput<K> | undefined {
	return aside.get()?.results.get(resultKey(kind, key)) as AsideOutput<K> | undefined;
}

/** Resolves when the worker has drawn its cards, failed, or was never started. */
export function asideCardsDrawn(): Promise<void> {
	return aside.get()?.cards ?? Promise.resolve();
}

/** What the worker computed, for the build log; undefined when no worker was started. */
export function asideCounts(): AsideState['counts'] | undefined {
	return aside.get()?.counts;
}

/** Resolves when the worker has ended (or was never started). */
export function asideFinished(): Promise<void> {
	return aside.get()?.finished ?? Promise.resolve();
}

/** Forgets the worker of this process (tests start several). */
export function resetAside() {
	aside.clear();
}
