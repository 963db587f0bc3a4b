import { describe, expect, it } from 'vitest';
import { exemptSpans, findSharedRuns, lineOf, significant, sourceWindows } from '../../tools/lib/copied-text';

const paper =
	'调研发现，社区社会组织负责人最希望得到志愿者管理方面的培训，占比达到95.8%，其次是社会工作实务与技巧。' +
	'项目由北京市协作者社会工作发展中心承担，在朝阳区东风地区开展试点。';
const windows = sourceWindows([paper], 20);
const shared = (text: string, names: string[] = []) => findSharedRuns(text, windows, 20, names);

describe('copied-text check', () => {
	it('finds a sentence copied word for word', () => {
		const runs = shared('我们的案例写道：社区社会组织负责人最希望得到志愿者管理方面的培训。');
		expect(runs).toHaveLength(1);
		expect(runs[0]!.text).toBe('社区社会组织负责人最希望得到志愿者管理方面的培训');
		expect(runs[0]!.allowed).toBe(false);
	});

	it('still finds it when punctuation, spaces, line breaks and figures differ', () => {
		const runs = shared('调研 发现：社区社会组织负责人\n最希望得到“志愿者管理”方面的培训, 占比达到 96%');
		expect(runs).toHaveLength(1);
		expect(runs[0]!.allowed).toBe(false);
		expect(runs[0]!.text.startsWith('调研')).toBe(true);
		expect(runs[0]!.text.endsWith('96')).toBe(true);
	});

	it('reports nothing for the same facts told in fresh sentences', () => {
		expect(shared('近九成六的组织带头人想学怎样管理志愿者，这是需求最高的一项培训。')).toEqual([]);
	});

	it('reports nothing for a shared run of 19 characters', () => {
		expect(shared('另：社区社会组织负责人最希望得到志愿者管理。')).toEqual([]);
		expect(shared('另：社区社会组织负责人最希望得到志愿者管理方。')).toHaveLength(1);
	});

	it('does not count figures towards the 20 characters', () => {
		const twoFigures = sourceWindows(['共有203项活动3037人参加其中包括很多老人还有儿童以及家长'], 20);
		// 18 characters of prose around two figures: the figures are compared but not counted.
		const runs = findSharedRuns('共有203项活动3037人参加其中包括很多老人还有', twoFigures, 20);
		expect(runs.every((run) => run.allowed)).toBe(true);
	});

	it('calls a run made of names and titles allowed, and one with 20 characters of prose besides copied', () => {
		const names = ['北京市协作者社会工作发展中心', '朝阳区东风地区'];
		const nameRun = shared('本项目由北京市协作者社会工作发展中心承担，在朝阳区东风地区开展', names);
		expect(nameRun).toHaveLength(1);
		expect(nameRun[0]!.allowed).toBe(true);
		expect(nameRun[0]!.ownLength).toBeLessThan(20);

		const prose = shared('项目由北京市协作者社会工作发展中心承担，在朝阳区东风地区开展试点。调研发现，社区社会组织负责人最希望得到志愿者管理方面的培训', names);
		expect(prose.some((run) => !run.allowed)).toBe(true);
	});

	it('treats anything in 《》 as a title', () => {
		const titled = sourceWindows(['课题名为《基层社会治理中的社区、社会组织与社会工作互动机制研究》'], 20);
		const runs = findSharedRuns('见《基层社会治理中的社区、社会组织与社会工作互动机制研究》第三章', titled, 20);
		expect(runs).toHaveLength(1);
		expect(runs[0]!.allowed).toBe(true);
		expect(exemptSpans('甲《乙丙》丁', [])).toEqual([[1, 5]]);
	});

	it('maps runs back to the original text and its line', () => {
		const text = '第一行\n第二行：社区社会组织负责人最希望得到志愿者管理方面的培训';
		const [run] = shared(text);
		expect(text.slice(run!.start, run!.end)).toBe(run!.text);
		expect(lineOf(text, run!.start)).toBe(2);
		expect(significant('A，b 1,234 元').chars).toEqual(['a', 'b', '#', '元']);
	});
});
