/**
 * The organisation the logged-in editor works for, found the way the site credits commits: through
 * the editor identities each organisation lists (`editors` in content/organisations/<id>.yaml),
 * matched against the login and email GitHub or GitLab report — or, editing locally, the git
 * email `npm start` found. Nobody listed, no organisation: nothing is guessed.
 */
import { authorResolver } from '../../src/lib/attribution/identities';
import { parseContentFile } from '../../src/lib/content/parse';
import { getCollectionDefinition } from '../../src/schemas';
import type { AdminSetup } from '../config/admin-setup';
import { decapBackend } from './decap-backend';
import { readCollection } from './stored-content';

async function organisationEditors(setup: AdminSetup) {
	const stored = await readCollection(getCollectionDefinition('organisations'), setup.editions);
	return stored.flatMap(({ text }) => {
		try {
			const data = parseContentFile(text, 'yaml') as { slug?: string; editors?: string[] };
			return data.slug ? [{ id: data.slug, editors: data.editors ?? [] }] : [];
		} catch {
			return [];
		}
	});
}

let lookup: Promise<string | undefined> | undefined;

export function findOwnOrganisation(setup: AdminSetup): Promise<string | undefined> {
	lookup ??= (async () => {
		const user = await decapBackend().currentUser();
		const login = user?.login ?? '';
		const email = user?.email ?? setup.localEditor ?? '';
		if (!login && !email) return undefined;
		return authorResolver(await organisationEditors(setup))({ authorName: login, authorEmail: email });
	})().catch(() => undefined);
	return lookup;
}
