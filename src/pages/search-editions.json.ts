/**
 * The guide's editions for the search box, fetched with the first search rather than written into
 * every page's header, so that a page weighs the same whatever the number of editions.
 */
import { loadSite } from '../lib/model/load';
import { searchEditions } from '../lib/search/editions';

export async function GET() {
	return new Response(JSON.stringify(searchEditions((await loadSite()).editions)), { headers: { 'Content-Type': 'application/json' } });
}
