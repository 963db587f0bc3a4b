/** The "最后更新" line of a page: what the history knows about the file's last change. */
import type { ContentHistory } from '../git/history';
import { siteDate } from '../git/instant';
import { orgOf, type ChangeCredit, type CreditOf } from './credit';

export type LastChange =
	| { kind: 'known'; date: string; org?: string; credit: ChangeCredit; changes: number }
	/** Only commits beyond a shallow clone's edge touched it: the date cannot be known here. */
	| { kind: 'beyond-clone' }
	/** The file exists but was never committed (an edit in progress). */
	| { kind: 'uncommitted' }
	/** No git history at all. */
	| { kind: 'no-history' };

export function lastChangeOf(history: ContentHistory, path: string, creditOf: CreditOf): LastChange {
	if (history.status === 'unavailable') return { kind: 'no-history' };
	const file = history.files.get(path);
	if (!file) return { kind: 'uncommitted' };
	if (!file.lastCommit || !file.updated) return { kind: 'beyond-clone' };
	const credit = creditOf(file.lastCommit);
	return { kind: 'known', date: siteDate(file.updated), org: orgOf(credit), credit, changes: file.changes.length };
}

/** The sources of imported material in the file's history (content/history.yaml), shown once on its page. */
export function importedFrom(history: ContentHistory, path: string, creditOf: CreditOf): string[] | undefined {
	const sources = new Set<string>();
	for (const change of history.files.get(path)?.changes ?? []) {
		const credit = creditOf(change.commit);
		if (credit.kind === 'import') for (const source of credit.sources) sources.add(source);
	}
	return sources.size ? [...sources] : undefined;
}
