/**
 * Maps commit authors to organisations through the editor identities each organisation lists
 * (`editors` in content/organisations/<id>.yaml): an email, or a GitHub/GitLab login. An author no
 * organisation lists stays unknown; nothing is guessed from names or domains.
 */
import type { Commit } from '../git/log';

export interface OrganisationEditors {
	id: string;
	editors: readonly string[];
}

/** Logins hidden in the no-reply addresses GitHub and GitLab commit with. */
function loginsOf(email: string): string[] {
	const github = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/i.exec(email);
	if (github) return [github[1]];
	const gitlab = /^(?:\d+-)?([^@]+)@users\.noreply\.[^@]+$/i.exec(email);
	if (gitlab) return [gitlab[1]];
	return [];
}

export type AuthorResolver = (commit: Pick<Commit, 'authorName' | 'authorEmail'>) => string | undefined;

export function authorResolver(organisations: OrganisationEditors[]): AuthorResolver {
	const byIdentity = new Map<string, string>();
	for (const org of organisations) for (const identity of org.editors) byIdentity.set(identity.trim().toLowerCase(), org.id);
	return ({ authorName, authorEmail }) => {
		const email = authorEmail.toLowerCase();
		const candidates = [email, ...loginsOf(email), authorName.toLowerCase()];
		for (const candidate of candidates) {
			const org = byIdentity.get(candidate);
			if (org) return org;
		}
		return undefined;
	};
}
