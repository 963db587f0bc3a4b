/**
 * Who a commit is credited to, on every surface: an organisation (its editor made it), the
 * material a declared import brought in (content/history.yaml), or an editor no organisation lists.
 */
import type { Commit } from '../git/log';
import type { HistoryImport } from '../../schemas/history';
import type { AuthorResolver } from './identities';

export type ChangeCredit =
	| { kind: 'org'; org: string }
	| { kind: 'import'; sources: string[] }
	| { kind: 'unregistered' };

export type CreditOf = (commit: Commit) => ChangeCredit;

/** A declared import wins over the committer's organisation: the words are not theirs. */
export function creditResolver(organisationOf: AuthorResolver, imports: readonly HistoryImport[]): CreditOf {
	return (commit) => {
		const imported = imports.find((declared) => commit.hash.startsWith(declared.commit));
		if (imported) return { kind: 'import', sources: imported.sources };
		const org = organisationOf(commit);
		return org ? { kind: 'org', org } : { kind: 'unregistered' };
	};
}

export const IMPORT_LABEL = '初始内容';

/** The credit as one line of text, for feeds and titles. */
export function creditText(credit: ChangeCredit, orgNames: ReadonlyMap<string, string>): string {
	if (credit.kind === 'org') return orgNames.get(credit.org) ?? credit.org;
	if (credit.kind === 'import') return `${IMPORT_LABEL}（整理自：${credit.sources.join('；')}）`;
	return '未登记的编辑';
}

/** The organisation behind a credit, if any. */
export const orgOf = (credit: ChangeCredit) => (credit.kind === 'org' ? credit.org : undefined);
