/** The list pages' view models: what the brief list, the case library and the evidence map draw. */
import { describe, expect, it } from 'vitest';
import type { SiteModel } from '../../src/lib/model/types';
import { briefLibrary } from '../../src/lib/views/brief-library';
import { caseFacetNav } from '../../src/lib/views/case-facet-nav';
import { evidenceMapPage } from '../../src/lib/views/evidence-map-page';

const brief = (id: string, statuses: string[], cases: string[] = []) => ({
	id,
	data: {
		title: `建议 ${id}`,
		issue: '认知障碍支持',
		illustrative: id === 'b',
		credits: [{ org: 'org-1', role: '提出' }],
		status_history: statuses.map((status, i) => ({ status, date: `2025-0${i + 1}` })),
		evidence_cases: cases,
	},
});
const aCase = (id: string, populations: string[], district: string) => ({
	id,
	data: { title: `案例 ${id}`, summary: '', populations, district, methods: ['入户探访'], credits: [{ org: 'org-1', role: '主责' }] },
});
// Only the parts these views read.
const site = {
	organisations: [{ id: 'org-1', data: { name: '机构一', short_name: '一' } }],
	orgNames: new Map([['org-1', '一']]),
	cases: [aCase('c1', ['高龄老人(80+)'], '北京市朝阳区'), aCase('c2', ['高龄老人(80+)', '60–69岁老人'], '北京市东城区')],
	briefs: [brief('a', ['草稿', '已提交'], ['c1', 'c2']), brief('b', ['已提交']), brief('c', ['内部讨论'])],
} as unknown as SiteModel;

describe('briefLibrary', () => {
	it('counts every brief by its current status, in taxonomy order, and lists only the page’s briefs', () => {
		const view = briefLibrary(site, site.briefs.slice(0, 1), '已提交');
		expect(view.all).toEqual({ href: '/briefs/', count: 3, current: false });
		expect(view.statuses.map(({ status, count, current }) => [status, count, current])).toEqual([
			['内部讨论', 1, false],
			['已提交', 2, true],
		]);
		expect(view.briefs).toEqual([
			{ id: 'a', href: '/briefs/a/', title: '建议 a', status: '已提交', date: '2025年2月', issue: '认知障碍支持', illustrative: false, credits: [{ org: 'org-1', role: '提出' }] },
		]);
	});

	it('marks 全部 current when no status is chosen', () => {
		expect(briefLibrary(site, []).all.current).toBe(true);
	});
});

describe('caseFacetNav', () => {
	it('lists each facet’s values that some case has, with counts, and marks the page’s value', () => {
		const facets = caseFacetNav(site, { facet: 'district', segment: '北京市东城区' });
		const population = facets.find((f) => f.links.some((l) => l.label === '60–69岁老人'))!;
		expect(population.links.map(({ label, count }) => [label, count])).toEqual([
			['高龄老人(80+)', 2],
			['60–69岁老人', 1],
		]);
		expect(facets.flatMap((f) => f.links).filter((l) => l.current).map((l) => l.label)).toEqual(['北京市东城区']);
	});
});

describe('evidenceMapPage', () => {
	it('gives each brief its matrix row and timeline, and one heading per matrix and the timelines', () => {
		const map = evidenceMapPage(site, 1);
		expect(map.pages).toBe(1);
		expect(map.headings.map((h) => h.slug)).toEqual(['by-populations', 'by-district', 'by-methods', 'timelines']);
		const byDistrict = map.matrices.find((m) => m.dimension === 'district')!;
		expect(byDistrict.values).toEqual(['北京市朝阳区', '北京市东城区']);
		expect(byDistrict.rows.find((r) => r.id === 'a')).toMatchObject({ href: '/briefs/a/', title: '建议 a', total: 2, counts: [1, 1] });
		expect(map.timelines.find((t) => t.id === 'a')).toMatchObject({ status: '已提交', history: [{ date: '2025年1月', status: '草稿' }, { date: '2025年2月', status: '已提交' }] });
	});
});
