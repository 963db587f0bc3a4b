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

/**
 * Beyond this many word edits a diff stops being readable, and computing it costs time quadratic
 * in the text (two unrelated 2,000-word texts take seconds): the change is then shown as a whole
 * replacement.
 */
const MAX_EDITS = 600;

function diffWords(before: string, after: string): DiffPart[] {
	const changes = diffArrays(words(before), words(after), { maxEditLength: MAX_EDITS });
	if (!changes) return [
		{ type: 'removed', text: before },
		{ type: 'added', text: after },
	];
	return changes.map((change) => ({ type: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value.join('') }));
}

/** Paragraphs with the blank lines after them, so joining them gives the text back. */
const paragraphs = (text: string) => text.match(/[^\n]*(?:\n(?!\n)[^\n]*)*\n*/g)!.filter(Boolean);

/**
 * Paragraphs first, then words inside the paragraphs that changed: unchanged paragraphs cost
 * nothing, and a rewritten paragraph reads as the words that changed in it.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
	const parts: DiffPart[] = [];
	let removed = '';
	const flush = (added: string) => {
		if (removed && added) parts.push(...diffWords(removed, added));
		else if (removed) parts.push({ type: 'removed', text: removed });
		else if (added) parts.push({ type: 'added', text: added });
		removed = '';
	};
	for (const change of diffArrays(paragraphs(before), paragraphs(after))) {
		const text = change.value.join('');
		if (change.removed) removed += text;
		else if (change.added) flush(text);
		else {
			flush('');
			parts.push({ type: 'same', text });
		}
	}
	flush('');
	return parts;
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
