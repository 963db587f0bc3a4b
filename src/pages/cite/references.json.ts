/**
 * Every citable page's reference as one CSL-JSON list, for a reference manager to import at once.
 * After the build each reference is also written as its own BibTeX, RIS and CSL-JSON file
 * (src/lib/integrations/cite-files.ts): as 3 routes a page they were 13 % of the route time of a
 * 1,000-entry build.
 */
import type { APIRoute } from 'astro';
import { siteCitations } from '../../lib/cite/site-citations';
import { loadSite } from '../../lib/model/load';

export const GET: APIRoute = async ({ site: siteUrl }) => {
	const pages = await siteCitations(await loadSite(), siteUrl!);
	return new Response(JSON.stringify([...pages.values()].map((page) => page.item)), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' } });
};
