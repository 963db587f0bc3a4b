/** One page of the brief list: links to each current status with its count, and the page's briefs. */
import type { Brief } from '../../schemas/briefs';
import { briefStatuses } from '../../schemas/taxonomies';
import { formatPartialDate } from '../format';
import { currentStatus } from '../model/briefs';
import type { Credit, Entry, SiteModel } from '../model/types';
import { facetSlug, routes } from '../routes';

export interface BriefStatusLink {
	status: string;
	href: string;
	count: number;
	current: boolean;
}

export interface BriefListItem {
	id: string;
	href: string;
	title: string;
	status: string;
	/** The date of the current status, as pages show it. */
	date: string;
	issue: string;
	illustrative: boolean;
	credits: Credit[];
}

export interface BriefLibraryView {
	/** The link to every brief, current when no status is chosen. */
	all: { href: string; count: number; current: boolean };
	/** The statuses some brief is in, in taxonomy order. */
	statuses: BriefStatusLink[];
	briefs: BriefListItem[];
	/** Organisation id → the name pages show, for the credits. */
	orgNames: Map<string, string>;
}

/** `pageBriefs` are the briefs the page lists; `activeStatus` the status it is filtered to, if any. */
export function briefLibrary(site: SiteModel, pageBriefs: Entry<Brief>[], activeStatus?: string): BriefLibraryView {
	const counts = new Map<string, number>();
	for (const brief of site.briefs) {
		const status = currentStatus(brief.data).status;
		counts.set(status, (counts.get(status) ?? 0) + 1);
	}
	return {
		all: { href: routes.briefs(), count: site.briefs.length, current: !activeStatus },
		statuses: briefStatuses
			.filter((status) => counts.has(status))
			.map((status) => ({ status, href: routes.briefStatus(facetSlug(status)), count: counts.get(status)!, current: activeStatus === status })),
		briefs: pageBriefs.map((brief) => {
			const latest = currentStatus(brief.data);
			return {
				id: brief.id,
				href: routes.brief(brief.id),
				title: brief.data.title,
				status: latest.status,
				date: formatPartialDate(latest.date),
				issue: brief.data.issue,
				illustrative: brief.data.illustrative,
				credits: brief.data.credits,
			};
		}),
		orgNames: site.orgNames,
	};
}
