/**
 * Insertions and deletions inside one block of text. Chinese is compared character by character
 * (a dictionary segmenter cuts 出示工作证 differently in two sentences and inflates the change),
 * Latin words and numbers whole; the result is grouped into runs, and a lone unchanged character
 * between two changes is folded into them so a rewritten phrase reads as one replacement.
 */
import { diffArrays } from 'diff';

export type DiffPart = { type: 'same' | 'added' | 'removed'; text: string };

const TOKEN = /[A-Za-z0-9_]+(?:[.'’-][A-Za-z0-9_]+)*|\s+|[\s\S]/gu;

export const tokens = (text: string) => text.match(TOKEN) ?? [];

/**
 * Past this many token edits the diff stops being readable, and computing it costs time
 * quadratic in the text: the block is then shown as a whole replacement.
 */
const MAX_EDITS = 800;

export function charRunDiff(before: string, after: string): DiffPart[] {
	if (before === after) return before ? [{ type: 'same', text: before }] : [];
	const changes = diffArrays(tokens(before), tokens(after), { maxEditLength: MAX_EDITS });
	if (!changes) return replaced(before, after);
	const parts: DiffPart[] = changes.map((change) => ({ type: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value.join('') }));
	return merge(foldShortEqualities(parts));
}

const replaced = (before: string, after: string): DiffPart[] => [
	...(before ? [{ type: 'removed' as const, text: before }] : []),
	...(after ? [{ type: 'added' as const, text: after }] : []),
];

/**
 * A short unchanged run (one or two characters) between changes that are much longer than it is
 * folded into them: 先[+打]电话[-沟通] reads better as 先[-电话沟通][+打电话…].
 */
function foldShortEqualities(parts: DiffPart[]): DiffPart[] {
	let current = parts;
	for (let changed = true; changed; ) {
		changed = false;
		const out: DiffPart[] = [];
		for (let i = 0; i < current.length; i++) {
			const part = current[i];
			if (part.type === 'same' && i > 0 && i < current.length - 1 && current[i - 1].type !== 'same' && current[i + 1].type !== 'same') {
				const length = [...part.text.trim()].length;
				const around = changedLength(current, i, -1) + changedLength(current, i, 1);
				if (length <= 2 && (length <= 1 || length * 2 <= around)) {
					out.push({ type: 'removed', text: part.text }, { type: 'added', text: part.text });
					changed = true;
					continue;
				}
			}
			out.push(part);
		}
		current = changed ? regroup(out) : out;
	}
	return current;
}

/** Characters changed in the run of changes next to position `from`, in direction `step`. */
function changedLength(parts: DiffPart[], from: number, step: 1 | -1): number {
	let length = 0;
	for (let i = from + step; i >= 0 && i < parts.length && parts[i].type !== 'same'; i += step) length += [...parts[i].text].length;
	return length;
}

const regroup = (parts: DiffPart[]) => merge(parts);

/** Between two unchanged runs, all removed text first, then all added text. */
function merge(parts: DiffPart[]): DiffPart[] {
	const out: DiffPart[] = [];
	let removed = '';
	let added = '';
	const flush = () => {
		if (removed) out.push({ type: 'removed', text: removed });
		if (added) out.push({ type: 'added', text: added });
		removed = added = '';
	};
	for (const part of parts) {
		if (part.type === 'removed') removed += part.text;
		else if (part.type === 'added') added += part.text;
		else {
			flush();
			const last = out.at(-1);
			if (last?.type === 'same') last.text += part.text;
			else out.push({ ...part });
		}
	}
	flush();
	return out;
}

/** How much of two texts is the same, from 0 to 1, to pair a rewritten block with its old version. */
export function similarity(before: string, after: string): number {
	const a = tokens(before);
	const b = tokens(after);
	if (!a.length || !b.length) return 0;
	const changes = diffArrays(a, b, { maxEditLength: 400 });
	if (!changes) return 0;
	const same = changes.filter((c) => !c.added && !c.removed).reduce((sum, c) => sum + c.value.length, 0);
	return (2 * same) / (a.length + b.length);
}
