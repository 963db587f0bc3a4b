/** The "最后更新" line of a page: what the history knows about the file's last change. */
import type { ContentHistory } from '../git/history';
import { dateOf } from './changes';
import type { AuthorResolver } from './identities';

export type LastChange =
	| { kind: 'known'; date: string; org?: string; changes: number }
	/** Only commits beyond a shallow clone's edge touched it: the date cannot be known here. */
	| { kind: 'beyond-clone' }
	/** The file exists but was never committed (an edit in progress). */
	| { kind: 'uncommitted' }
	/** No git history at all. */
	| { kind: 'no-history' };

export function lastChangeOf(history: ContentHistory, path: string, organisationOf: AuthorResolver): LastChange {
	if (history.status === 'unavailable') return { kind: 'no-history' };
	const file = history.files.get(path);
	if (!file) return { kind: 'uncommitted' };
	if (!file.lastCommit || !file.updated) return { kind: 'beyond-clone' };
	return { kind: 'known', date: dateOf(file.updated), org: organisationOf(file.lastCommit), changes: file.changes.length };
}
