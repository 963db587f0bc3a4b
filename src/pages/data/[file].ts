/** One file of the open data (CSV, JSON or the data package description), written at build. */
import type { APIRoute } from 'astro';
import { DATAPACKAGE_FILE, csvFileName, dataPackage, datasetJson, jsonFileName, tableCsv } from '../../lib/data/open-data';
import { siteOpenData } from '../../lib/data/site-open-data';
import { loadSite } from '../../lib/model/load';
import { pagePaths } from '../../lib/model/page-paths';

export function getStaticPaths() {
	return pagePaths.dataFile();
}

export const GET: APIRoute = async ({ props, site: siteUrl }) => {
	const { file } = props as { file: string };
	const { datasets, citation } = await siteOpenData(await loadSite(), siteUrl!);
	const json = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
	if (file === DATAPACKAGE_FILE) return json(dataPackage(datasets, citation));
	for (const dataset of datasets) {
		if (file === jsonFileName(dataset)) return json(datasetJson(dataset, citation));
		const table = dataset.tables.find((t) => csvFileName(t) === file);
		if (table) return new Response(tableCsv(dataset, table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
	}
	throw new Error(`No open-data file ${file}`);
};
