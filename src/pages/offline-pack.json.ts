/**
 * The list of pages 「离线保存」 keeps; the offline-pack integration adds each page's scripts,
 * styles and the search index, with their sizes, after the build (src/lib/integrations/offline-pack.ts).
 */
import { loadSite } from '../lib/model/load';
import { offlinePackPages } from '../lib/offline/pack-pages';

export async function GET() {
	return new Response(JSON.stringify(offlinePackPages(await loadSite())));
}
