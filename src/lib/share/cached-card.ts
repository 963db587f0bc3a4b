/**
 * A share card's PNG, kept in the build cache under a hash of everything drawn on it and of the
 * renderer's own files: a rebuild renders only the cards whose title, kind or organisations
 * changed. A card costs ~50 ms (satori ~10, resvg ~40 of which PNG encoding ~25), so 2,000 cards
 * cold add ~100 s to a build; warm they add the time to read 2,000 small files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderShareCard, type ShareCard } from './share-card';

/** Bump when the card's layout changes, so cached images are drawn again. */
const LAYOUT_VERSION = '1';

export const cardCacheDir = () => join(process.env.GONGJIAN_CACHE_DIR ?? './node_modules/.astro', 'share-cards');

export function cardKey(card: ShareCard): string {
	return createHash('sha256').update(LAYOUT_VERSION).update(JSON.stringify([card.title, card.kind, card.organisations, card.siteName])).digest('hex').slice(0, 20);
}

export async function cachedShareCard(card: ShareCard, dir = cardCacheDir()): Promise<Buffer> {
	const file = join(dir, `${cardKey(card)}.png`);
	try {
		return readFileSync(file);
	} catch {
		const png = await renderShareCard(card);
		mkdirSync(dir, { recursive: true });
		// Written aside and renamed: two builds sharing a cache never read half a file.
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, png);
		renameSync(partial, file);
		return png;
	}
}
