/**
 * The <link rel="alternate" type="application/atom+xml"> entries of a page, so a feed reader given
 * the page's address finds its feeds: the site's updates on every page, and the page's topic
 * feeds (its organisation, chapter, population or brief status).
 */
import type { SiteModel } from '../model/types';
import { routes } from '../routes';
import { feedsOfPage } from './topic-feeds';

type LinkEntry = { tag: 'link'; attrs: Record<string, string> };

const alternate = (title: string, href: string): LinkEntry => ({ tag: 'link', attrs: { rel: 'alternate', type: 'application/atom+xml', title, href } });

export function feedLinks(site: SiteModel, pageUrl: string): LinkEntry[] {
	return [alternate('共建 · 最近更新', routes.updatesFeed()), ...feedsOfPage(site, pageUrl).map((feed) => alternate(`共建 · ${feed.title}`, feed.url))];
}
