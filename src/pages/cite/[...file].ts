/** A citable page's reference as a file to download (BibTeX, RIS or CSL-JSON), written at build. */
import type { APIRoute } from 'astro';
import { CITE_FORMATS, type CiteFormat } from '../../lib/cite/cite-files';
import { siteCitations } from '../../lib/cite/site-citations';
import { loadSite } from '../../lib/model/load';
import { pagePaths } from '../../lib/model/page-paths';

export async function getStaticPaths() {
	return pagePaths.citeFile(await loadSite());
}

export const GET: APIRoute = async ({ props, site: siteUrl }) => {
	const { key, format } = props as { key: string; format: CiteFormat };
	const page = (await siteCitations(await loadSite(), siteUrl!)).get(key)!;
	const { type, write } = CITE_FORMATS.find((f) => f.format === format)!;
	return new Response(write(page.item), { headers: { 'Content-Type': type } });
};
