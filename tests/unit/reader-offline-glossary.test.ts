/** What the offline copy reports as changed, and the glossary's pinyin initials. */
import { describe, expect, it } from 'vitest';
import { guideChanges } from '../../src/lib/offline/guide-changes';
import { groupByInitial, pinyinInitial } from '../../src/lib/glossary/pinyin-initial';

const section = (id: string, version: string) => ({ id, title: id, url: `/guide/${id}/`, version });

describe('guide changes since the offline copy', () => {
	it('lists changed, added and removed sections; none when nothing changed', () => {
		const saved = { edition: '2025', title: '2025 版', sections: [section('a', '1'), section('b', '1'), section('gone', '1')] };
		const now = { edition: '2025', title: '2025 版', sections: [section('a', '1'), section('b', '2'), section('new', '1')] };
		expect(guideChanges(saved, now).sections.map((s) => s.id)).toEqual(['b', 'new', 'gone']);
		expect(guideChanges(saved, saved)).toEqual({ sections: [] });
	});

	it('points to the edition comparison when a new edition became current', () => {
		const saved = { edition: '2024', title: '2024 版', sections: [section('a', '1')] };
		const now = { edition: '2025', title: '2025 版', sections: [section('a', '1')] };
		expect(guideChanges(saved, now).newEdition).toEqual({ from: '2024', to: '2025', title: '2025 版' });
	});
});

describe('pinyin initials', () => {
	it('finds the initial of Han characters from the Chinese collation, at and around the boundaries', () => {
		const cases = { 阿: 'A', 安: 'A', 八: 'B', 吃: 'C', 督: 'D', 二: 'E', 赋: 'F', 个: 'G', 化: 'H', 居: 'J', 空: 'K', 老: 'L', 民: 'M', 逆: 'N', 公: 'G', 七: 'Q', 入: 'R', 三: 'S', 社: 'S', 他: 'T', 五: 'W', 协: 'X', 一: 'Y', 转: 'Z', 昨: 'Z', 座: 'Z' };
		expect(Object.fromEntries(Object.keys(cases).map((c) => [c, pinyinInitial(c)]))).toEqual(cases);
		expect(pinyinInitial('NGO')).toBe('N');
		expect(pinyinInitial('“美丽心灵”')).toBe('#');
	});

	it('groups terms A–Z, then the rest, each group in Chinese order', () => {
		const groups = groupByInitial(['转介', '入户探访', '社区工作', '三社联动', '“美丽心灵”'], (t) => t);
		expect(groups).toEqual([
			{ initial: 'R', items: ['入户探访'] },
			{ initial: 'S', items: ['三社联动', '社区工作'] },
			{ initial: 'Z', items: ['转介'] },
			{ initial: '#', items: ['“美丽心灵”'] },
		]);
	});
});
