/**
 * Commits as readers see them: when (the instant, shown as a date in the site's time zone), who is
 * credited, what the commit message says, and which pages changed.
 */
import type { Commit } from '../git/log';
import type { FileChange } from '../git/replay';
import type { ContentHistory } from '../git/history';
import { newestFirst, siteDate } from '../git/instant';
import { orgOf, type ChangeCredit, type CreditOf } from './credit';

export interface AttributedChange {
	commit: Commit;
	/** Calendar date in the site's time zone; the commit keeps the author's own offset. */
	date: string;
	credit: ChangeCredit;
	/** Organisation id, when the author is a listed editor. */
	org?: string;
	path: string;
	change: FileChange;
}

export function attribute(path: string, change: FileChange, creditOf: CreditOf): AttributedChange {
	const credit = creditOf(change.commit);
	return { commit: change.commit, date: siteDate(change.commit.date), credit, org: orgOf(credit), path, change };
}

export interface SiteUpdate {
	commit: Commit;
	date: string;
	credit: ChangeCredit;
	org?: string;
	paths: string[];
}

/** The most recent commits that changed content, newest first by the instant, each with the files it touched. */
export function recentUpdates(history: ContentHistory, creditOf: CreditOf, limit: number): SiteUpdate[] {
	const byCommit = new Map<string, SiteUpdate>();
	for (const file of history.files.values()) {
		for (const change of file.changes) {
			const existing = byCommit.get(change.commit.hash);
			if (existing) existing.paths.push(file.path);
			else {
				const credit = creditOf(change.commit);
				byCommit.set(change.commit.hash, { commit: change.commit, date: siteDate(change.commit.date), credit, org: orgOf(credit), paths: [file.path] });
			}
		}
	}
	const byHash = [...byCommit.values()].sort((a, b) => a.commit.hash.localeCompare(b.commit.hash));
	return newestFirst(byHash, (update) => update.commit.date)
		.slice(0, limit)
		.map((update) => ({ ...update, paths: update.paths.sort() }));
}

/** What one organisation's editors changed recently, newest first. */
export function recentEditsBy(history: ContentHistory, creditOf: CreditOf, orgId: string, limit: number): SiteUpdate[] {
	return recentUpdates(history, creditOf, Number.MAX_SAFE_INTEGER)
		.filter((update) => update.org === orgId)
		.slice(0, limit);
}
