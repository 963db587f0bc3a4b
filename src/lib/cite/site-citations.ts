/** The build's citable pages, computed once per loaded site: every 引用 panel and download reads them. */
import { lastChangeOf } from '../attribution/last-change';
import { siteCreditOf } from '../attribution/site-credit';
import { contentPathOf } from '../content/paths';
import { getContentHistory } from '../git/content-history';
import type { SiteModel } from '../model/types';
import { citablePages, type CitablePage } from './page-citations';

const cache = new WeakMap<SiteModel, Promise<Map<string, CitablePage>>>();

export function siteCitations(site: SiteModel, siteUrl: URL): Promise<Map<string, CitablePage>> {
	let pages = cache.get(site);
	if (!pages) {
		pages = getContentHistory().then((history) => {
			const creditOf = siteCreditOf(site);
			return citablePages(site, (file) => {
				const last = file ? lastChangeOf(history, contentPathOf(file), creditOf) : undefined;
				return last?.kind === 'known' ? last.date : undefined;
			}, siteUrl);
		});
		cache.set(site, pages);
	}
	return pages;
}
