/**
 * Worker thread entry: draws the given share cards into the card cache, beside the build's main
 * thread (src/lib/share/draw-cards-aside.ts). Cards already cached are skipped.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { drawMissingCards } from './cached-card';
import type { ShareCard } from './share-card';

const { cards, dir } = workerData as { cards: ShareCard[]; dir: string };
parentPort!.postMessage(drawMissingCards(cards, dir));
