/** What a page's 引用 panel shows: its reference in GB/T 7714-2015 and the downloads of the same reference. */
import { fromAside } from '../build-aside/aside';
import type { SiteModel } from '../model/types';
import { citeDownloads } from './cite-files';
import { formatGbt7714 } from './format-gbt7714';
import { citeKeyOf } from './page-citations';
import { siteCitations } from './site-citations';

export interface CitePanelView {
	gbt7714: string;
	downloads: { label: string; href: string }[];
}

/** The panel of the page at `path` (from src/lib/routes.ts); undefined when the page is not citable. */
export async function citePanel(site: SiteModel, siteUrl: URL, path: string): Promise<CitePanelView | undefined> {
	const page = (await siteCitations(site, siteUrl)).get(citeKeyOf(path));
	// A build's worker has usually formatted it already (src/lib/build-aside/).
	return page && { gbt7714: fromAside('gbt7714', page.key) ?? formatGbt7714(page.item), downloads: citeDownloads(page.key) };
}
