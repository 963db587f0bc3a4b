/**
 * Every citable page (case, brief, guide section, curriculum session) as a CSL item, keyed by the
 * page's path. A guide section cites its edition and the edition's permanent URL, so a reference
 * written today still leads to the same text after the next edition is published.
 */
import type { Credit, SiteModel } from '../model/types';
import { routes } from '../routes';
import { SITE_PUBLISHER } from '../data/site-licence';
import { authorsInCreditOrder, issuedOn, type CslItem } from './csl-item';

export const GUIDE_TITLE = '老年人入户工作指引';
/** GB/T 7714 names a monograph's publisher: the guide is the network's. */
export const GUIDE_PUBLISHER = SITE_PUBLISHER;

export interface CitablePage {
	/** The page's URL path without its outer slashes, e.g. `cases/ronglerongle`; also the download files' name. */
	key: string;
	item: CslItem;
}

/** A page's key from its URL path. */
export const citeKeyOf = (path: string) => path.replace(/^\/|\/$/g, '');

/** The keys alone, for the routes: they need no history. */
export function citableKeys(site: SiteModel): string[] {
	return [
		...site.cases.map((c) => citeKeyOf(routes.case(c.id))),
		...site.briefs.map((b) => citeKeyOf(routes.brief(b.id))),
		...site.editions.flatMap((e) => e.sections.map((s) => citeKeyOf(routes.guideSection(e.slug, s.data.section_id, e.current)))),
		...site.sessions.map((s) => citeKeyOf(routes.session(s.data.module, s.id))),
	];
}

/** `lastChange` gives an entry's last change (YYYY-MM-DD) from its file path as the site model holds it, when the history knows it. */
export function citablePages(site: SiteModel, lastChange: (filePath: string | undefined) => string | undefined, siteUrl: URL): Map<string, CitablePage> {
	// A reference names the organisation in full, not by the short name the site's lists use.
	const fullNames = new Map(site.organisations.map((o) => [o.id, o.data.name]));
	const orgName = (org: string) => fullNames.get(org) ?? org;
	const absolute = (path: string) => new URL(path, siteUrl).href;
	const pages = new Map<string, CitablePage>();
	const add = (path: string, file: string | undefined, credits: Credit[], fields: Pick<CslItem, 'type' | 'title' | 'genre'> & Partial<CslItem>) => {
		const key = citeKeyOf(path);
		const item: CslItem = {
			id: key,
			author: authorsInCreditOrder(credits, orgName),
			issued: issuedOn(lastChange(file)),
			URL: absolute(path),
			language: 'zh-CN',
			...fields,
		};
		if (!item.issued) delete item.issued;
		pages.set(key, { key, item });
	};
	for (const c of site.cases) add(routes.case(c.id), c.filePath, c.data.credits, { type: 'webpage', title: c.data.title, genre: '案例' });
	for (const b of site.briefs) add(routes.brief(b.id), b.filePath, b.data.credits, { type: 'webpage', title: b.data.title, genre: '政策建议' });
	for (const edition of site.editions) {
		for (const s of edition.sections) {
			add(routes.guideSection(edition.slug, s.data.section_id, edition.current), s.filePath, s.data.credits, {
				type: 'chapter',
				title: `${s.data.section_no} ${s.data.title}`,
				'container-title': GUIDE_TITLE,
				edition: edition.title,
				publisher: GUIDE_PUBLISHER,
				URL: absolute(routes.guideEditionPermalink(edition.slug)),
				genre: '指引章节',
			});
		}
	}
	for (const s of site.sessions) add(routes.session(s.data.module, s.id), s.filePath, s.data.credits, { type: 'webpage', title: s.data.title, genre: '学习单元' });
	return pages;
}
