/**
 * Two texts compared block by block (paragraph, list item, table cell, heading), and inside a
 * changed block by character runs. A rewritten block is paired with the old block it resembles;
 * a block that only changed place is shown once, as moved; paragraph breaks are never lost,
 * because every block stays a block of its own.
 */
import { diffArrays } from 'diff';
import { charRunDiff, similarity, type DiffPart } from './char-runs';
import type { BlockKind, TextBlock } from './text-blocks';

export type BlockDiff =
	| { status: 'same' | 'added' | 'removed' | 'moved'; kind: BlockKind; text: string }
	| { status: 'changed'; kind: BlockKind; parts: DiffPart[] };

/** A rewritten block is still "the same block" when at least this share of its text is kept. */
const PAIRING_SIMILARITY = 0.35;
/**
 * How many removed blocks after the last pair an added block is compared with: a block rewritten
 * in place is near its old position, and comparing every pair of a rewritten 200-block file
 * would cost 40,000 diffs.
 */
const PAIRING_WINDOW = 8;

const key = (block: TextBlock) => `${block.kind}\u0000${block.text}`;

export function diffBlocks(before: TextBlock[], after: TextBlock[]): BlockDiff[] {
	const out: BlockDiff[] = [];
	let removed: TextBlock[] = [];
	let added: TextBlock[] = [];
	const flush = () => {
		out.push(...pairRegion(removed, added));
		removed = [];
		added = [];
	};
	for (const change of diffArrays(before, after, { comparator: (a, b) => key(a) === key(b) })) {
		if (change.removed) removed.push(...change.value);
		else if (change.added) added.push(...change.value);
		else {
			flush();
			for (const block of change.value) out.push({ status: 'same', kind: block.kind, text: block.text });
		}
	}
	flush();
	return markMoves(out);
}

/** Pairs each added block with the most similar removed one of a region, in order. */
function pairRegion(removed: TextBlock[], added: TextBlock[]): BlockDiff[] {
	const pairOf = new Map<number, number>();
	const taken = new Set<number>();
	let from = 0;
	added.forEach((block, a) => {
		let best = -1;
		let bestScore = PAIRING_SIMILARITY;
		// Pairs keep their order: a later added block pairs only with a later removed block.
		for (let r = from; r < Math.min(removed.length, from + PAIRING_WINDOW); r++) {
			if (taken.has(r)) continue;
			const score = similarity(removed[r].text, block.text) + (removed[r].kind === block.kind ? 0 : -0.2);
			if (score >= bestScore) {
				best = r;
				bestScore = score;
			}
		}
		if (best >= 0) {
			pairOf.set(a, best);
			taken.add(best);
			from = best + 1;
		}
	});
	const out: BlockDiff[] = [];
	let r = 0;
	const removedUpTo = (end: number) => {
		for (; r < end; r++) if (!taken.has(r)) out.push({ status: 'removed', kind: removed[r].kind, text: removed[r].text });
	};
	added.forEach((block, a) => {
		const pair = pairOf.get(a);
		if (pair === undefined) {
			out.push({ status: 'added', kind: block.kind, text: block.text });
			return;
		}
		removedUpTo(pair);
		r = pair + 1;
		out.push({ status: 'changed', kind: block.kind, parts: charRunDiff(removed[pair].text, block.text) });
	});
	removedUpTo(removed.length);
	return out;
}

/** A block removed in one place and added unchanged in another was moved: shown once, where it is now. */
function markMoves(diff: BlockDiff[]): BlockDiff[] {
	const removedTexts = new Map<string, number>();
	for (const block of diff) if (block.status === 'removed') removedTexts.set(block.text, (removedTexts.get(block.text) ?? 0) + 1);
	const movedTexts = new Set<string>();
	const marked = diff.map((block): BlockDiff => {
		if (block.status !== 'added' || !removedTexts.get(block.text)) return block;
		removedTexts.set(block.text, removedTexts.get(block.text)! - 1);
		movedTexts.add(block.text);
		return { ...block, status: 'moved' };
	});
	const dropped = new Map<string, number>();
	return marked.filter((block) => {
		if (block.status !== 'removed' || !movedTexts.has(block.text)) return true;
		const count = dropped.get(block.text) ?? 0;
		const moves = marked.filter((b) => b.status === 'moved' && b.kind === block.kind && b.text === block.text).length;
		if (count >= moves) return true;
		dropped.set(block.text, count + 1);
		return false;
	});
}

export const blocksChanged = (diff: BlockDiff[]) => diff.some((block) => block.status !== 'same');
