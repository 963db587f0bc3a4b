/**
 * A build writes its share cards as files after the pages, copied from the card cache the build's
 * worker filled (src/lib/build-aside/), instead of rendering an Astro route per card: at 5,000
 * entries the routes cost the main thread about 5 s, the copies well under one. The first page
 * registers the cards (src/routeData.ts); `astro dev` serves them through src/pages/og/ instead.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cachedCardFile, cardCacheDir, prepareShareCards } from './cached-card';
import type { ShareCard } from './share-card';
import { processWide } from '../process-wide';

// One per build process: the pages register, the build:done hook writes.
const registered = processWide<Map<string, ShareCard>>('share-card-files');

/** The cards of this build by image path (`/og/….png`); the first call wins. */
export function registerShareCards(cards: () => Map<string, ShareCard>) {
	if (!registered.get()) registered.set(cards());
}

/** Writes every registered card under `outDir`, drawing what the cache lacks; undefined when no page registered any. */
export function writeShareCardFiles(outDir: string, cacheDir = cardCacheDir()): number | undefined {
	const cards = registered.get();
	if (!cards) return undefined;
	prepareShareCards(cards.values(), cacheDir);
	for (const [image, card] of cards) {
		const target = join(outDir, image);
		mkdirSync(dirname(target), { recursive: true });
		copyFileSync(cachedCardFile(card, cacheDir), target);
	}
	return cards.size;
}

/** Forgets the registered cards (tests write several builds' worth). */
export function resetShareCardFiles() {
	registered.clear();
}
