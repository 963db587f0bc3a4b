/** Checklist ticks and curriculum progress as stored on the device, including what a tampered or foreign value does. */
import { describe, expect, it } from 'vitest';
import { checklistStorageKey, readTicks, writeTicks } from '../../src/lib/reader/checklist-ticks';
import { countFinished, markFinished, PROGRESS_KEY, progressCsv, readProgress, sessionStatus, unmark } from '../../src/lib/reader/curriculum-progress';
import type { KeyValueStore } from '../../src/lib/reader/device-storage';

function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
	const data = new Map(Object.entries(initial));
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('checklist ticks', () => {
	it('are kept per edition and section, by item text, and removed when none is ticked', () => {
		const store = memoryStore();
		const key = checklistStorageKey('2025', 'visit');
		expect(key).not.toBe(checklistStorageKey('2024', 'visit'));
		writeTicks(store, key, ['出示工作证', '说明来意']);
		expect([...readTicks(store, key)]).toEqual(['出示工作证', '说明来意']);
		expect(readTicks(store, checklistStorageKey('2024', 'visit')).size).toBe(0);
		writeTicks(store, key, []);
		expect(store.data.has(key)).toBe(false);
	});

	it('survive broken or foreign stored values and blocked storage', () => {
		expect(readTicks(memoryStore({ k: '{not json' }), 'k').size).toBe(0);
		expect([...readTicks(memoryStore({ k: '["a", 3, null]' }), 'k')]).toEqual(['a']);
		const blocked: KeyValueStore = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceeded'); }, removeItem: () => {} };
		expect(() => writeTicks(blocked, 'k', ['a'])).not.toThrow();
		expect(readTicks(blocked, 'k').size).toBe(0);
		expect(readTicks(undefined, 'k').size).toBe(0);
	});
});

describe('curriculum progress', () => {
	const one = { id: 'session-one', version: 'v1' };
	const two = { id: 'session-two', version: 'v1' };

	it('marks, flags a changed session, counts and unmarks', () => {
		const store = memoryStore();
		markFinished(store, one, '2026-03-01');
		expect(sessionStatus(readProgress(store), one)).toBe('done');
		expect(sessionStatus(readProgress(store), { ...one, version: 'v2' })).toBe('changed');
		expect(sessionStatus(readProgress(store), two)).toBe('todo');
		expect(countFinished(readProgress(store), [{ ...one, version: 'v2' }, two])).toEqual({ finished: 1, changed: 1, total: 2 });
		unmark(store, one.id);
		expect(readProgress(store)).toEqual({});
	});

	it('ignores malformed records rather than failing the page', () => {
		const store = memoryStore({ [PROGRESS_KEY]: JSON.stringify({ a: { finished: '2026-01-01', version: 'x' }, b: { finished: 5 }, c: null }) });
		expect(Object.keys(readProgress(store))).toEqual(['a']);
		expect(readProgress(memoryStore({ [PROGRESS_KEY]: '[1,2]' }))).toEqual({});
	});

	it('exports a CSV with a byte-order mark, quoting commas and quotes in titles', () => {
		const progress = { 'session-one': { finished: '2026-03-01', version: 'old' } };
		const csv = progressCsv(progress, [
			{ ...one, module: '入户实务', title: '第一次入户，"模拟"' },
			{ ...two, module: '入户实务', title: '回访' },
		]);
		expect(csv).toBe('\uFEFF模块,单元,状态,完成日期\r\n入户实务,"第一次入户，""模拟""",已完成（完成后内容有修改）,2026-03-01\r\n入户实务,回访,未完成,\r\n');
	});
});
