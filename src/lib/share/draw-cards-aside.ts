/**
 * A build draws its share cards on a worker thread while the main thread renders pages: the
 * machine's second core is otherwise idle during page rendering, and at 5,000 entries the cards
 * cost the main thread about 15 s. The worker fills the card cache (cached-card.ts); the og route
 * waits for it and then reads the cache, drawing itself whatever the worker did not (if the
 * worker could not start or failed, that is every card, as before).
 *
 * The worker runs the TypeScript sources through tsx, which the build already depends on
 * (`npm run build` starts with it); it is started once per build process.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardCacheDir } from './cached-card';
import type { ShareCard } from './share-card';

const WORKER = join(process.cwd(), 'src/lib/share/card-worker.ts');
const started = Symbol.for('gongjian:share-cards-aside');
type Holder = { [started]?: Promise<void> };

export function drawCardsAside(cards: () => Iterable<ShareCard>, dir = cardCacheDir()): Promise<void> {
	const holder = globalThis as Holder;
	holder[started] ??= new Promise<void>((resolve) => {
		if (!existsSync(WORKER)) return resolve();
		const worker = new Worker(WORKER, { workerData: { cards: [...cards()], dir }, execArgv: ['--import', 'tsx'] });
		// Whatever happens to the worker, the og route then draws what is missing itself.
		worker.once('message', () => resolve());
		worker.once('error', (error) => {
			console.warn(`[gongjian:share-cards] card worker failed, drawing on the main thread: ${String(error)}`);
			resolve();
		});
		worker.once('exit', () => resolve());
	});
	return holder[started];
}
