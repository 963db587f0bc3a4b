/**
 * The site's sections, in the order readers see them in the header of every page and on the 404
 * page: a fixed list, so the header stays the same size whatever the corpus.
 */
import { routes } from '../routes';

export interface SiteSection {
	label: string;
	href: string;
}

export const siteSections: SiteSection[] = [
	{ label: '指引', href: routes.guide() },
	{ label: '学习', href: routes.learn() },
	{ label: '案例', href: routes.cases() },
	{ label: '政策建议', href: routes.briefs() },
	{ label: '机构', href: routes.organisations() },
	{ label: '工具', href: routes.tools() },
	{ label: '术语', href: routes.glossary() },
	{ label: '最近更新', href: routes.updates() },
];

/** The section a URL path belongs to, if any (the history of a case is not "in" the cases). */
export function currentSection(pathname: string): SiteSection | undefined {
	return siteSections.find((section) => pathname === section.href || pathname.startsWith(section.href));
}
