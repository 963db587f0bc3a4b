/**
 * Who made a change between two versions of a text: the organisations whose editors wrote the
 * lines of the new version that the old version does not have, read from the replayed history.
 */
import type { FileState } from '../git/replay';
import type { CreditOf } from './credit';
import { countOrigin, noAuthorship, type Authorship } from './sections';

export function changeAuthors(oldText: string, newState: FileState, creditOf: CreditOf): Authorship {
	const oldLines = new Set(oldText.split('\n'));
	const result = noAuthorship();
	newState.lines.forEach((line, index) => {
		if (line.trim().length >= 2 && !oldLines.has(line)) countOrigin(result, newState.origins[index], creditOf);
	});
	return result;
}
