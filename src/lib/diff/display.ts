/**
 * What a diff shows on a page: every changed block whole, one unchanged block on either side of a
 * change as context, shortened, and a count in place of longer unchanged stretches. Shortening
 * stays inside a block, so two paragraphs are never run together.
 */
import type { DiffPart } from './char-runs';
import type { BlockDiff } from './block-diff';

export type DisplayBlock = BlockDiff | { status: 'skipped'; count: number };

const CONTEXT_CHARS = 40;

const shorten = (text: string, keep: 'head' | 'tail') => {
	const chars = [...text];
	if (chars.length <= CONTEXT_CHARS) return text;
	return keep === 'head' ? `${chars.slice(0, CONTEXT_CHARS).join('')}…` : `…${chars.slice(-CONTEXT_CHARS).join('')}`;
};

/** Long unchanged runs inside a changed block keep a little text on each side of the change. */
export function shortenParts(parts: DiffPart[], context = 30): DiffPart[] {
	return parts.map((part, index) => {
		const chars = [...part.text];
		if (part.type !== 'same' || chars.length <= context * 2 + 1) return part;
		const head = index === 0 ? '' : chars.slice(0, context).join('');
		const tail = index === parts.length - 1 ? '' : chars.slice(-context).join('');
		return { type: 'same', text: `${head}…${tail}` };
	});
}

export function displayBlocks(diff: BlockDiff[]): DisplayBlock[] {
	const changedAt = diff.map((block) => block.status !== 'same');
	const out: DisplayBlock[] = [];
	let skipped = 0;
	diff.forEach((block, index) => {
		if (block.status === 'changed') {
			if (skipped) out.push({ status: 'skipped', count: skipped });
			skipped = 0;
			out.push({ ...block, parts: shortenParts(block.parts) });
			return;
		}
		if (block.status !== 'same') {
			if (skipped) out.push({ status: 'skipped', count: skipped });
			skipped = 0;
			out.push(block);
			return;
		}
		const beforeChange = changedAt[index + 1];
		const afterChange = changedAt[index - 1];
		if (!beforeChange && !afterChange) {
			skipped++;
			return;
		}
		if (skipped) out.push({ status: 'skipped', count: skipped });
		skipped = 0;
		out.push({ ...block, text: block.kind === 'heading' ? block.text : shorten(block.text, afterChange ? 'head' : 'tail') });
	});
	if (skipped) out.push({ status: 'skipped', count: skipped });
	return out;
}
