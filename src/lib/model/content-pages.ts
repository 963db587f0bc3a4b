/**
 * Which page shows each content file: its title and URL, keyed by the file's path relative to the
 * content root. History pages, the updates feed and organisation profiles use it to link a commit's
 * files to the pages readers know.
 */
import { contentPathOf } from '../content/paths';
import { routes } from '../routes';
import type { SiteModel } from './types';

export interface ContentPage {
	title: string;
	url: string;
	/** Chinese name of the kind of content, e.g. 案例. */
	kind: string;
}

const cache = new WeakMap<SiteModel, Map<string, ContentPage>>();

/** Computed once per loaded site: every history page and the feeds look up into it. */
export function contentPages(site: SiteModel): Map<string, ContentPage> {
	const cached = cache.get(site);
	if (cached) return cached;
	const pages = new Map<string, ContentPage>();
	cache.set(site, pages);
	const add = (filePath: string | undefined, page: ContentPage) => {
		if (filePath) pages.set(contentPathOf(filePath), page);
	};
	for (const edition of site.editions) {
		for (const s of edition.sections) {
			add(s.filePath, { title: `${edition.title} ${s.data.section_no} ${s.data.title}`, url: routes.guideSection(edition.slug, s.data.section_id, edition.current), kind: '指引章节' });
		}
	}
	for (const c of site.cases) add(c.filePath, { title: c.data.title, url: routes.case(c.id), kind: '案例' });
	for (const b of site.briefs) add(b.filePath, { title: b.data.title, url: routes.brief(b.id), kind: '政策建议' });
	for (const m of site.modules) add(m.filePath, { title: m.data.title, url: routes.module(m.id), kind: '学习模块' });
	for (const s of site.sessions) add(s.filePath, { title: s.data.title, url: routes.session(s.data.module, s.id), kind: '学习单元' });
	for (const t of site.tools) add(t.filePath, { title: t.data.title, url: routes.tool(t.id), kind: '工具' });
	for (const e of site.events) add(e.filePath, { title: e.data.title, url: routes.event(e.id), kind: '活动' });
	for (const o of site.organisations) add(o.filePath, { title: o.data.name, url: routes.organisation(o.id), kind: '机构' });
	for (const p of site.pages) add(p.filePath, { title: p.data.title, url: routes.page(p.id), kind: '页面' });
	add(site.glossary.filePath, { title: '术语表', url: routes.glossary(), kind: '术语表' });
	add(site.editionsFilePath, { title: '指引版本列表', url: routes.guideEditions(), kind: '指引版本' });
	return pages;
}
