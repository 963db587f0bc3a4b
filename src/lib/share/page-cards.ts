/**
 * Which share card each page shows. An entry's page (and its revision history) has the entry's
 * own card; every other page has its section's card, so list, facet and paging pages cost one
 * image per section, not one each (a 2,000-entry site has ~2,000 history and paging pages).
 */
import { contentPathOf } from '../content/paths';
import { entryPages } from '../model/entry-pages';
import type { SiteModel } from '../model/types';
import { routes } from '../routes';
import type { ShareCard } from './share-card';
import { siteName } from './site-identity';

/** A section's card: the first path segment of its pages, the name on the card, its kind label. */
const SECTIONS: Record<string, { title: string; kind: string }> = {
	'': { title: '为老服务行动网络共同编写的知识库', kind: '首页' },
	guide: { title: '老年人入户工作指引', kind: '指引' },
	cases: { title: '案例集', kind: '案例' },
	briefs: { title: '政策建议', kind: '政策建议' },
	learn: { title: '新同事入门：社会工作实务学习小组', kind: '学习小组' },
	tools: { title: '工具模板', kind: '工具' },
	events: { title: '网络活动', kind: '活动' },
	orgs: { title: '机构名录', kind: '机构' },
	history: { title: '修订记录', kind: '修订记录' },
	updates: { title: '最近更新', kind: '订阅' },
	glossary: { title: '术语表', kind: '术语表' },
	sources: { title: '资料来源', kind: '资料来源' },
	search: { title: '搜索', kind: '搜索' },
};
const OTHER = { title: siteName, kind: '页面' };

export interface PageCard {
	/** Path of the image, e.g. /og/cases/some-case.png. */
	image: string;
	card: ShareCard;
}

const cache = new WeakMap<SiteModel, Map<string, PageCard>>();

const sectionOf = (url: string) => url.split('/')[1] ?? '';

/** Every card the build renders, keyed by image path. */
export function shareCards(site: SiteModel): Map<string, ShareCard> {
	return new Map([...pageCards(site).values()].map(({ image, card }) => [image, card]));
}

/** Entry pages and their history pages, by page URL; sections by `section:<segment>`. */
export function pageCards(site: SiteModel): Map<string, PageCard> {
	const cached = cache.get(site);
	if (cached) return cached;
	const cards = new Map<string, PageCard>();
	cache.set(site, cards);
	for (const page of entryPages(site).values()) {
		// An organisation credited in two roles (主笔 and 审阅) is named once, where it first appears.
		const organisations = [...new Set(page.credits.map((credit) => site.orgNames.get(credit.org) ?? credit.org))];
		const card = { image: routes.shareCard(page.url), card: { title: page.title, kind: page.kind, organisations, siteName } };
		cards.set(page.url, card);
		if (page.entry.filePath) cards.set(routes.history(contentPathOf(page.entry.filePath)), card);
	}
	for (const [section, { title, kind }] of Object.entries(SECTIONS)) {
		cards.set(`section:${section}`, { image: routes.sectionCard(section), card: { title, kind, organisations: [], siteName } });
	}
	cards.set('section:*', { image: routes.sectionCard('site'), card: { ...OTHER, organisations: [], siteName } });
	return cards;
}

/** The card a page shows: its own, else its section's, else the site's. */
export function cardOfPage(site: SiteModel, url: string): PageCard {
	const cards = pageCards(site);
	return cards.get(url) ?? cards.get(`section:${sectionOf(url)}`) ?? cards.get('section:*')!;
}
