/**
 * What the git history observed about one entry's file, ready for its page header: the last
 * change (when, by which organisation, how many revisions) and the sources of imported material.
 * Computed from the one history read per build, so the header component only renders.
 */
import { contentPathOf } from '../content/paths';
import type { ContentHistory } from '../git/history';
import type { SiteModel } from '../model/types';
import { routes } from '../routes';
import { importedFrom, lastChangeOf, type LastChange } from './last-change';
import { siteCreditOf } from './site-credit';

export interface EntryRevision {
	last?: LastChange;
	/** The organisation of the last change, named and linked; `undefined` when unregistered. */
	lastOrg?: { name: string; href: string };
	/** The page listing every revision of the file. */
	historyHref?: string;
	imported?: string[];
	/** Names of the organisations the credits and the last change point at. */
	orgNames: Map<string, string>;
}

export function entryRevision(site: SiteModel, history: ContentHistory, file: string | undefined): EntryRevision {
	const path = file && contentPathOf(file);
	if (!path) return { orgNames: site.orgNames };
	const creditOf = siteCreditOf(site);
	const last = lastChangeOf(history, path, creditOf);
	const org = last.kind === 'known' ? last.org : undefined;
	return {
		last,
		lastOrg: org ? { name: site.orgNames.get(org) ?? org, href: routes.organisation(org) } : undefined,
		historyHref: routes.history(path),
		imported: importedFrom(history, path, creditOf),
		orgNames: site.orgNames,
	};
}
