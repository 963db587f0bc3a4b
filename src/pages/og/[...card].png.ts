/** Open Graph images: one per entry page, one per section (src/lib/share/page-cards.ts). */
import type { APIContext } from 'astro';
import { asideCardsDrawn } from '../../lib/build-aside/aside';
import { loadSite } from '../../lib/model/load';
import { cachedShareCard, prepareShareCards } from '../../lib/share/cached-card';
import { shareCards } from '../../lib/share/page-cards';
import type { ShareCard } from '../../lib/share/share-card';

export async function getStaticPaths() {
	const cards = shareCards(await loadSite());
	return [...cards].map(([image, card]) => ({ params: { card: image.replace(/^\/og\/|\.png$/g, '') }, props: { card } }));
}

/** The build's worker (src/lib/build-aside/) draws the cards into the cache; in dev, or after it failed, none are. */
async function cardsDrawn() {
	await asideCardsDrawn();
	// Whatever the worker did not draw has its glyphs rasterised together first.
	prepareShareCards(shareCards(await loadSite()).values());
}
let drawn: Promise<void> | undefined;

export async function GET({ props }: APIContext<{ card: ShareCard }>) {
	await (drawn ??= cardsDrawn());
	return new Response(new Uint8Array(cachedShareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
}
