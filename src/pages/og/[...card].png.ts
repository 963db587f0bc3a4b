/**
 * Open Graph images in `astro dev`, one per entry page and one per section
 * (src/lib/share/page-cards.ts). A build writes the same images as files after its pages
 * (src/lib/share/card-files.ts), so it renders no route here.
 */
import type { APIContext } from 'astro';
import { inStaticBuild } from '../../lib/build-aside/static-build';
import { loadSite } from '../../lib/model/load';
import { cachedShareCard } from '../../lib/share/cached-card';
import { shareCards } from '../../lib/share/page-cards';
import type { ShareCard } from '../../lib/share/share-card';

export async function getStaticPaths() {
	if (inStaticBuild()) return [];
	const cards = shareCards(await loadSite());
	return [...cards].map(([image, card]) => ({ params: { card: image.replace(/^\/og\/|\.png$/g, '') }, props: { card } }));
}

export function GET({ props }: APIContext<{ card: ShareCard }>) {
	return new Response(new Uint8Array(cachedShareCard(props.card)), { headers: { 'Content-Type': 'image/png' } });
}
