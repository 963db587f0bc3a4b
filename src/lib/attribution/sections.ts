/**
 * Section-level credit in the guide: for each `##` section of a file, the organisations whose
 * editors wrote its current lines, read from the replayed history (see git/replay.ts). This is
 * observed authorship, shown next to — never merged with — the credits an entry declares.
 */
import type { Commit } from '../git/log';
import type { FileState } from '../git/replay';
import type { CreditOf } from './credit';

/** Organisations behind a set of lines, in order of first appearance, and what could not be attributed. */
export interface Authorship {
	orgs: string[];
	/** Some lines were written by people no organisation lists as an editor. */
	unknownEditors: boolean;
	/** Some lines came in with a declared import of existing material (content/history.yaml). */
	imported: boolean;
	/** Some lines' authors cannot be known (beyond a shallow clone's edge) or are not committed yet. */
	unknownHistory: boolean;
}

export const noAuthorship = (): Authorship => ({ orgs: [], unknownEditors: false, imported: false, unknownHistory: false });

/** Adds one line's origin to a tally. */
export function countOrigin(tally: Authorship, origin: Commit | null | 'uncommitted', creditOf: CreditOf) {
	if (origin === null || origin === 'uncommitted') {
		tally.unknownHistory = true;
		return;
	}
	const credit = creditOf(origin);
	if (credit.kind === 'import') tally.imported = true;
	else if (credit.kind === 'unregistered') tally.unknownEditors = true;
	else if (!tally.orgs.includes(credit.org)) tally.orgs.push(credit.org);
}

export interface SectionAuthorship extends Authorship {
	/** The heading text as written in the source, without the `## `. */
	heading: string;
}

/**
 * The origin of each line of the current text. When the working copy differs from the last
 * commit (an edit not yet committed), lines are matched to the committed ones by their text.
 */
function originsOfCurrentText(text: string, state: FileState): (Commit | null | 'uncommitted')[] {
	const lines = text.split('\n');
	if (lines.length === state.lines.length && lines.every((line, i) => line === state.lines[i])) return state.origins;
	const byText = new Map<string, (Commit | null)[]>();
	state.lines.forEach((line, i) => byText.set(line, [...(byText.get(line) ?? []), state.origins[i]]));
	return lines.map((line) => {
		const queue = byText.get(line);
		return queue?.length ? queue.shift()! : 'uncommitted';
	});
}

export function sectionAuthorship(text: string, state: FileState, creditOf: CreditOf): SectionAuthorship[] {
	const lines = text.split('\n');
	const origins = originsOfCurrentText(text, state);
	const sections: SectionAuthorship[] = [];
	let inFence = false;
	let frontmatter = lines[0] === '---';
	for (const [index, line] of lines.entries()) {
		if (frontmatter) {
			if (index > 0 && line === '---') frontmatter = false;
			continue;
		}
		if (/^(```|~~~)/.test(line)) inFence = !inFence;
		const heading = !inFence && /^##\s+(.+?)\s*#*\s*$/.exec(line);
		if (heading) {
			sections.push({ heading: heading[1], ...noAuthorship() });
		}
		const section = sections.at(-1);
		if (section && line.trim().length >= 2) countOrigin(section, origins[index], creditOf);
	}
	return sections;
}
