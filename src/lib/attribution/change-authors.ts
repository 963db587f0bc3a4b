/**
 * Who made a change between two versions of a text: the organisations whose editors wrote the
 * lines of the new version that the old version does not have, read from the replayed history.
 */
import type { FileState } from '../git/replay';
import type { AuthorResolver } from './identities';

export interface ChangeAuthors {
	orgs: string[];
	unknownEditors: boolean;
	unknownHistory: boolean;
}

export function changeAuthors(oldText: string, newState: FileState, organisationOf: AuthorResolver): ChangeAuthors {
	const oldLines = new Set(oldText.split('\n'));
	const result: ChangeAuthors = { orgs: [], unknownEditors: false, unknownHistory: false };
	newState.lines.forEach((line, index) => {
		if (line.trim().length < 2 || oldLines.has(line)) return;
		const origin = newState.origins[index];
		if (!origin) {
			result.unknownHistory = true;
			return;
		}
		const org = organisationOf(origin);
		if (!org) result.unknownEditors = true;
		else if (!result.orgs.includes(org)) result.orgs.push(org);
	});
	return result;
}
