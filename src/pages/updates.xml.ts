/** The updates feed (Atom): the same commits as /updates/, each entry naming the organisation. */
import type { APIContext } from 'astro';
import { recentUpdates } from '../lib/attribution/changes';
import { creditText } from '../lib/attribution/credit';
import { siteCreditOf } from '../lib/attribution/site-credit';
import { atomFeed } from '../lib/feed/atom';
import { getContentHistory } from '../lib/git/content-history';
import { contentPages } from '../lib/model/entry-pages';
import { loadSite } from '../lib/model/load';
import { routes } from '../lib/routes';

export async function GET({ site: siteUrl }: APIContext) {
	const site = await loadSite();
	const pages = contentPages(site);
	const base = siteUrl ?? new URL('http://127.0.0.1:4321/');
	const updates = recentUpdates(await getContentHistory(), siteCreditOf(site), 50);
	const xml = atomFeed({
		title: '共建 · 最近更新',
		id: new URL(routes.updates(), base).href,
		self: new URL(routes.updatesFeed(), base).href,
		entries: updates.map((update) => {
			const org = creditText(update.credit, site.orgNames);
			const first = pages.get(update.paths[0]);
			return {
				id: `urn:git:${update.commit.hash}`,
				title: `${org}：${update.commit.subject}`,
				updated: update.commit.date,
				author: org,
				link: new URL(first?.url ?? routes.updates(), base).href,
				summary: update.paths.map((path) => pages.get(path)?.title ?? path).join('、'),
			};
		}),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
