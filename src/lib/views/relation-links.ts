/**
 * How a page names and links the entries it points at. The site resolves ids against the site
 * model (an unknown id cannot reach a built page: the content check refuses it); the CMS preview
 * resolves them against the names it read from the backend, and shows an unknown id as it is.
 */
import type { RelationTarget } from '../../schemas/fields';
import type { SiteModel } from '../model/types';
import { routes } from '../routes';
import type { LinkItem } from './entry-view';

export interface RelationLinks {
	link(target: RelationTarget, id: string): LinkItem | undefined;
}

/** Each id's link, leaving out the ids that resolve to nothing. */
export function linksTo(links: RelationLinks, target: RelationTarget, ids: unknown): LinkItem[] {
	return (Array.isArray(ids) ? ids : []).map((id) => links.link(target, String(id))).filter((link): link is LinkItem => Boolean(link));
}

export function siteRelationLinks(site: SiteModel): RelationLinks {
	const edition = site.currentEdition;
	const index = <T>(entries: { id: string; data: T }[], item: (entry: { id: string; data: T }) => LinkItem) => new Map(entries.map((entry) => [entry.id, item(entry)]));
	const byTarget: Record<RelationTarget, Map<string, LinkItem>> = {
		organisations: index(site.organisations, (o) => ({ href: routes.organisation(o.id), label: o.data.name })),
		cases: index(site.cases, (c) => ({ href: routes.case(c.id), label: c.data.title })),
		briefs: index(site.briefs, (b) => ({ href: routes.brief(b.id), label: b.data.title })),
		guide: new Map(edition.sections.map((s) => [s.data.section_id, { href: routes.guideSection(edition.slug, s.data.section_id, true), label: `${s.data.section_no} ${s.data.title}` }])),
		modules: index(site.modules, (m) => ({ href: routes.module(m.id), label: m.data.title })),
		sessions: index(site.sessions, (s) => ({ href: routes.session(s.data.module, s.id), label: s.data.title })),
		tools: index(site.tools, (t) => ({ href: routes.tool(t.id), label: t.data.title })),
		events: index(site.events, (e) => ({ href: routes.event(e.id), label: e.data.title })),
	};
	return { link: (target, id) => byTarget[target].get(id) };
}

const previewHref: Partial<Record<RelationTarget, (id: string) => string>> = {
	organisations: routes.organisation,
	cases: routes.case,
	briefs: routes.brief,
	guide: (id) => routes.guideSection('', id, true),
	modules: routes.module,
	tools: routes.tool,
	events: routes.event,
};

/** Prefix of the key under which entries that have a short name keep their full name, which pages use for links. */
export const FULL_NAMES = 'full:';

/** Collection → id → name, as the CMS preview reads them (cms/admin/preview/entry-names.ts). */
export function namedRelationLinks(names: Map<string, Map<string, string>>): RelationLinks {
	return { link: (target, id) => ({ href: previewHref[target]?.(id), label: names.get(FULL_NAMES + target)?.get(id) ?? names.get(target)?.get(id) ?? id }) };
}
