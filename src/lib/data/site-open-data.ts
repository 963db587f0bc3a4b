/** The build's open data, computed once per loaded site for the /data/ page and its files. */
import type { CslItem } from '../cite/csl-item';
import { siteCitations } from '../cite/site-citations';
import type { SiteModel } from '../model/types';
import { datasetCitation, openDatasets, type OpenDataset } from './open-data';

export interface SiteOpenData {
	datasets: OpenDataset[];
	citation: { item: CslItem; text: string };
}

const cache = new WeakMap<SiteModel, Promise<SiteOpenData>>();

const newest = (dates: (CslItem['issued'] | undefined)[]) =>
	dates.filter((d): d is NonNullable<CslItem['issued']> => Boolean(d)).sort((a, b) => b['date-parts'][0].join('-').localeCompare(a['date-parts'][0].join('-'), 'en', { numeric: true }))[0];

export function siteOpenData(site: SiteModel, siteUrl: URL): Promise<SiteOpenData> {
	let data = cache.get(site);
	if (!data) {
		data = siteCitations(site, siteUrl).then((pages) => {
			// The dataset changed when its newest case or brief did.
			const issued = newest([...pages.values()].filter((p) => p.item.genre === '案例' || p.item.genre === '政策建议').map((p) => p.item.issued));
			return { datasets: openDatasets(site, siteUrl), citation: datasetCitation(siteUrl, issued) };
		});
		cache.set(site, data);
	}
	return data;
}
