import { describe, expect, it } from 'vitest';
import { hasChanges, wordDiff, withContext } from '../../src/lib/diff/words';

describe('word diff of Chinese text', () => {
	it('marks the words that changed inside a paragraph, and leaves other paragraphs alone', () => {
		const before = '第一段不变。\n\n先敲门，说明来意。\n\n最后一段。\n';
		const after = '第一段不变。\n\n先敲门，出示工作证，说明来意。\n\n最后一段。\n';
		const parts = wordDiff(before, after);
		expect(parts.filter((p) => p.type !== 'same')).toEqual([{ type: 'added', text: '出示工作证，' }]);
		expect(parts.map((p) => p.text).join('')).toBe(after);
		expect(hasChanges(wordDiff(before, before))).toBe(false);
	});

	it('shows added and removed paragraphs whole', () => {
		expect(wordDiff('甲。\n\n乙。\n', '甲。\n\n乙。\n\n丙段新增。\n').filter((p) => p.type !== 'same')).toEqual([{ type: 'added', text: '\n丙段新增。\n' }]);
		expect(wordDiff('甲。\n\n乙。\n', '甲。\n').filter((p) => p.type !== 'same')).toEqual([{ type: 'removed', text: '\n乙。\n' }]);
	});

	it('falls back to a whole replacement when two texts have nothing in common', () => {
		const a = '社会工作'.repeat(400);
		const b = '志愿服务'.repeat(400);
		const parts = wordDiff(a, b);
		expect(parts).toEqual([
			{ type: 'removed', text: a },
			{ type: 'added', text: b },
		]);
	});

	it('shortens long unchanged stretches around the changes', () => {
		const same = '不变的文字'.repeat(30);
		const shown = withContext([{ type: 'same', text: same }, { type: 'added', text: '新' }, { type: 'same', text: same }], 10);
		expect(shown[0].text).toBe(`… ${same.slice(-10)}`);
		expect(shown[2].text).toBe(`${same.slice(0, 10)} …`);
	});
});
