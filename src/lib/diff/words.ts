/**
 * Word-level diffs of Chinese text. Chinese has no spaces, so words come from the browser-grade
 * segmenter (Intl.Segmenter, ICU's dictionary) and the diff runs over that word sequence.
 */
import { diffArrays } from 'diff';

export type DiffPart = { type: 'same' | 'added' | 'removed'; text: string };

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export function words(text: string): string[] {
	return [...segmenter.segment(text)].map((segment) => segment.segment);
}

export function wordDiff(before: string, after: string): DiffPart[] {
	return diffArrays(words(before), words(after)).map((change) => ({
		type: change.added ? 'added' : change.removed ? 'removed' : 'same',
		text: change.value.join(''),
	}));
}

/**
 * Keeps the changes and a little unchanged text around each; long unchanged stretches become an
 * ellipsis, so a one-word edit in a long section reads as one line.
 */
export function withContext(parts: DiffPart[], context = 30): DiffPart[] {
	return parts.map((part, index) => {
		if (part.type !== 'same' || part.text.length <= context * 2) return part;
		const first = index === 0;
		const last = index === parts.length - 1;
		const head = first ? '' : part.text.slice(0, context);
		const tail = last ? '' : part.text.slice(-context);
		return { type: 'same', text: `${head}${head || tail ? ' … ' : '…'}${tail}`.trim() };
	});
}

export const hasChanges = (parts: DiffPart[]) => parts.some((part) => part.type !== 'same');
