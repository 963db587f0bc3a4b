/**
 * Commits as readers see them: when, which organisation (or an editor no organisation lists),
 * what the commit message says, and which pages changed.
 */
import type { Commit } from '../git/log';
import type { FileChange } from '../git/replay';
import type { ContentHistory } from '../git/history';
import type { AuthorResolver } from './identities';

export interface AttributedChange {
	commit: Commit;
	/** Date part of the author date, as the author wrote it (their time zone). */
	date: string;
	/** Organisation id, when the author is a listed editor. */
	org?: string;
	path: string;
	change: FileChange;
}

export const dateOf = (iso: string) => iso.slice(0, 10);

export function attribute(path: string, change: FileChange, organisationOf: AuthorResolver): AttributedChange {
	return { commit: change.commit, date: dateOf(change.commit.date), org: organisationOf(change.commit), path, change };
}

export interface SiteUpdate {
	commit: Commit;
	date: string;
	org?: string;
	paths: string[];
}

/** The most recent commits that changed content, newest first, each with the files it touched. */
export function recentUpdates(history: ContentHistory, organisationOf: AuthorResolver, limit: number): SiteUpdate[] {
	const byCommit = new Map<string, SiteUpdate>();
	for (const file of history.files.values()) {
		for (const change of file.changes) {
			const existing = byCommit.get(change.commit.hash);
			if (existing) existing.paths.push(file.path);
			else byCommit.set(change.commit.hash, { commit: change.commit, date: dateOf(change.commit.date), org: organisationOf(change.commit), paths: [file.path] });
		}
	}
	return [...byCommit.values()]
		.sort((a, b) => b.commit.date.localeCompare(a.commit.date) || a.commit.hash.localeCompare(b.commit.hash))
		.slice(0, limit)
		.map((update) => ({ ...update, paths: update.paths.sort() }));
}

/** What one organisation's editors changed recently, newest first. */
export function recentEditsBy(history: ContentHistory, organisationOf: AuthorResolver, orgId: string, limit: number): SiteUpdate[] {
	return recentUpdates(history, (commit) => (organisationOf(commit) === orgId ? orgId : undefined), Number.MAX_SAFE_INTEGER)
		.filter((update) => update.org === orgId)
		.slice(0, limit);
}
