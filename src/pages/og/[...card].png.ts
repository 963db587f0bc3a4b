/** Open Graph images: one per entry page, one per section (src/lib/share/page-cards.ts). */
import type { APIContext } from 'astro';
import { loadSite } from '../../lib/model/load';
import { cachedShareCard, prepareShareCards } from '../../lib/share/cached-card';
import { drawCardsAside } from '../../lib/share/draw-cards-aside';
import { shareCards } from '../../lib/share/page-cards';
import type { ShareCard } from '../../lib/share/share-card';

export async function getStaticPaths() {
	const cards = shareCards(await loadSite());
	return [...cards].map(([image, card]) => ({ params: { card: image.replace(/^\/og\/|\.png$/g, '') }, props: { card } }));
}

/** The worker started by the build's first page (src/routeData.ts), or started here if none did. */
async function cardsDrawn() {
	const cards = shareCards(await loadSite());
	if (!import.meta.env.DEV) await drawCardsAside(() => cards.values());
	// Whatever the worker did not draw (in dev: every card) has its glyphs rasterised together first.
	prepareShareCards(cards.values());
}
let drawn: Promise<void> | undefined;

export async function GET({ props }: APIContext<{ card: ShareCard }>) {
	await (drawn ??= cardsDrawn());
	return new Response(new Uint8Array(cachedShareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
}
