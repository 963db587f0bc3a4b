/**
 * What a build hands its worker (aside.ts): every citable page's reference and every printed
 * page's QR code, in the order of the pages' paths (the order Astro renders them), then the
 * length of every created Markdown file for the history pages, then every share card.
 */
import { cardCacheDir } from '../share/cached-card';
import { shareCards } from '../share/page-cards';
import { siteCitations } from '../cite/site-citations';
import { getContentHistory } from '../git/content-history';
import type { SiteModel } from '../model/types';
import { printedPages } from '../print/printed-pages';
import type { AsidePlan } from './aside';
import { createdFileKey, type AsideJob } from './work';

export async function sitePlan(site: SiteModel, siteUrl: URL): Promise<AsidePlan> {
	const pageJobs: { path: string; job: AsideJob }[] = [];
	for (const [key, page] of await siteCitations(site, siteUrl)) pageJobs.push({ path: key, job: { kind: 'gbt7714', key, input: page.item } });
	for (const path of printedPages(site)) {
		const url = new URL(path, siteUrl).href;
		pageJobs.push({ path: path.replace(/^\/|\/$/g, ''), job: { kind: 'qr', key: url, input: url } });
	}
	pageJobs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

	const created: AsideJob[] = [];
	for (const [path, file] of (await getContentHistory()).files) {
		if (!path.endsWith('.md')) continue;
		for (const change of file.changes) {
			if (change.status === 'A' && !change.merge) created.push({ kind: 'bodyLength', key: createdFileKey(path, change.commit.hash), input: { path, text: change.after } });
		}
	}
	return { jobs: [...pageJobs.map(({ job }) => job), ...created], cards: [...shareCards(site).values()], cardDir: cardCacheDir() };
}
