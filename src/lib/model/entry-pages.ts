/**
 * The page of every entry, keyed by its URL: the entry, the title and kind a reader sees, and who
 * is credited. Share cards and the reader's "changed since your last visit" stamp read it.
 */
import { routes } from '../routes';
import type { Credit, Entry, SiteModel } from './types';

export interface EntryPage {
	url: string;
	title: string;
	/** What kind of page, e.g. 案例. */
	kind: string;
	credits: Credit[];
	entry: Entry<object>;
}

const cache = new WeakMap<SiteModel, Map<string, EntryPage>>();

export function entryPages(site: SiteModel): Map<string, EntryPage> {
	const cached = cache.get(site);
	if (cached) return cached;
	const pages = new Map<string, EntryPage>();
	cache.set(site, pages);
	const add = (url: string, kind: string, title: string, entry: Entry<object>) =>
		pages.set(url, { url, kind, title, credits: (entry.data as { credits?: Credit[] }).credits ?? [], entry });
	const each = <T extends { title: string; credits?: Credit[] }>(list: Entry<T>[], kind: string, url: (entry: Entry<T>) => string) =>
		list.forEach((entry) => add(url(entry), kind, entry.data.title, entry));
	for (const edition of site.editions) {
		for (const s of edition.sections) add(routes.guideSection(edition.slug, s.data.section_id, edition.current), `指引 · ${edition.title}`, `${s.data.section_no} ${s.data.title}`, s);
	}
	each(site.cases, '案例', (c) => routes.case(c.id));
	each(site.briefs, '政策建议', (b) => routes.brief(b.id));
	each(site.modules, '学习模块', (m) => routes.module(m.id));
	each(site.sessions, '学习单元', (s) => routes.session(s.data.module, s.id));
	each(site.tools, '工具', (t) => routes.tool(t.id));
	each(site.events, '活动', (e) => routes.event(e.id));
	for (const o of site.organisations) add(routes.organisation(o.id), '机构', o.data.name, o);
	for (const p of site.pages) add(routes.page(p.id), '页面', p.data.title, p);
	return pages;
}
