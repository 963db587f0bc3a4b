/** Open Graph images: one per entry page, one per section (src/lib/share/page-cards.ts). */
import type { APIContext } from 'astro';
import { loadSite } from '../../lib/model/load';
import { cachedShareCard, prepareShareCards } from '../../lib/share/cached-card';
import { shareCards } from '../../lib/share/page-cards';
import type { ShareCard } from '../../lib/share/share-card';

export async function getStaticPaths() {
	const cards = shareCards(await loadSite());
	prepareShareCards(cards.values());
	return [...cards].map(([image, card]) => ({ params: { card: image.replace(/^\/og\/|\.png$/g, '') }, props: { card } }));
}

export function GET({ props }: APIContext<{ card: ShareCard }>) {
	return new Response(new Uint8Array(cachedShareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
}
