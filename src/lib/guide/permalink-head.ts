/**
 * The head of the current edition's permanent URL (/guide/<edition>/), a page outside Starlight
 * that sends the reader on to /guide/: it is shared and cited like any other page, so it carries
 * the same title form, its own description, the guide's share card and the feeds a page announces.
 */
import { feedLinks } from '../feed/feed-links';
import type { GuideEditionView, SiteModel } from '../model/types';
import { cardOfPage } from '../share/page-cards';
import { shareCardHead } from '../share/share-head';
import { siteName } from '../share/site-identity';

export interface PermalinkHead {
	title: string;
	description: string;
	meta: { tag: 'meta'; attrs: Record<string, string> }[];
	links: { tag: 'link'; attrs: Record<string, string> }[];
}

export function permalinkHead(site: SiteModel, edition: GuideEditionView, path: string, base: URL): PermalinkHead {
	const guideTitle = `《老年人入户工作指引》${edition.title}`;
	return {
		title: `老年人入户工作指引 · ${edition.title} | ${siteName}`,
		description: `${guideTitle}的永久地址：本版为现行版本，正文在 /guide/ 发布；引用本版时请使用此地址。`,
		meta: shareCardHead(cardOfPage(site, path), base),
		links: feedLinks(site, path),
	};
}
