/**
 * What 「离线保存」 keeps on a phone: the current guide edition (its front page, sections and print
 * page), the curriculum, the glossary, the tools' pages and the search page, plus a fingerprint of
 * each guide section so a saved copy can tell, when the network returns, which sections changed.
 * Older editions, cases and briefs stay online-only (they are kept when visited).
 */
import { contentVersion } from '../reader/content-version';
import { routes } from '../routes';
import type { SiteModel } from '../model/types';

export interface PackSection {
	id: string;
	title: string;
	url: string;
	version: string;
}

export interface PackPages {
	pages: string[];
	guide: { edition: string; title: string; sections: PackSection[] };
}

export function offlinePackPages(site: Pick<SiteModel, 'currentEdition' | 'modules' | 'sessions' | 'tools'>): PackPages {
	const edition = site.currentEdition;
	const sections = edition.sections.map((section) => ({
		id: section.data.section_id,
		title: `${section.data.section_no} ${section.data.title}`,
		url: routes.guideSection(edition.slug, section.data.section_id, true),
		version: contentVersion(section),
	}));
	const pages = [
		routes.home(),
		routes.guideEdition(edition.slug, true),
		...sections.map((section) => section.url),
		routes.guidePrint(edition.slug, true),
		routes.learn(),
		...site.modules.map((module) => routes.module(module.id)),
		...site.sessions.map((session) => routes.session(session.data.module, session.id)),
		routes.glossary(),
		routes.tools(),
		...site.tools.map((tool) => routes.tool(tool.id)),
		routes.search(),
	];
	return { pages, guide: { edition: edition.slug, title: edition.title, sections } };
}
