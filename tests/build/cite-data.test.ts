/**
 * Cite this page, open data, the evidence map and printed briefs, on a real build of the basic
 * fixture inside a real git repository with pinned authors and dates. The fixture is made messier
 * first: a case whose title and summary hold CSV and spreadsheet syntax, and a brief backed by
 * cases from two organisations and two districts.
 */
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { checkContent } from '../../src/lib/content/check';
import { caseSchema } from '../../src/schemas/cases';
import { dom, textOf } from '../helpers/dom';
import { commit, editorA, editorB, initRepo } from '../helpers/git-repo';
import { parseCsv } from '../helpers/csv';
import { decodeQrSvg } from '../helpers/qr-decode';
import { buildSite, copyFixture, type BuiltSite } from '../helpers/site-build';

const SITE = 'https://gongjian.example.org';
let site: BuiltSite;
let content: string;

beforeAll(async () => {
	content = copyFixture('basic');
	const caseTwo = readFileSync(join(content, 'cases/case-two.md'), 'utf-8');
	writeFileSync(
		join(content, 'cases/case-three.md'),
		caseTwo.replace('slug: case-two', 'slug: case-three').replace('title: 乙中心的社区支持', 'title: \'=1+1 "探访", 入户\'').replace('summary: 支持社区社会组织', 'summary: "第一句, 第二句"'),
	);
	const briefPath = join(content, 'briefs/brief-one.md');
	writeFileSync(briefPath, readFileSync(briefPath, 'utf-8').replace('evidence_cases:\n  - case-one', 'evidence_cases:\n  - case-one\n  - case-three'));
	const repo = initRepo(dirname(content));
	commit(repo, editorA, '2024-03-01', 'Starter content');
	const casePath = join(content, 'cases/case-one.md');
	writeFileSync(casePath, readFileSync(casePath, 'utf-8').replace('summary:', 'summary: 修订：'));
	// 23:30 UTC is the next day in the site's time zone, where the citation's date is read.
	commit(repo, editorB, '2025-11-03T23:30:00Z', 'Edit case one');
	site = await buildSite(content);
}, 240_000);

const file = (path: string) => readFileSync(join(site.outDir, decodeURIComponent(path)), 'utf-8');

describe('引用 panel', () => {
	const citable = ['/cases/case-one/', '/cases/case-three/', '/briefs/brief-one/', '/guide/intro/', '/guide/2024/intro/', '/learn/mod-one/session-one/'];

	it('a case cites its organisations in credit order and its last change, in GB/T 7714-2015', () => {
		expect(textOf(site.html('/cases/case-one/'), '[data-cite-gbt7714]')).toBe(
			'甲社区服务中心, 乙支持中心. 甲中心的高龄老人探访[EB/OL]. (2025-11-04). https://gongjian.example.org/cases/case-one/.',
		);
		expect(textOf(site.html('/briefs/brief-one/'), '[data-cite-gbt7714]')).toBe(
			'甲社区服务中心. 关于高龄老人探访的建议[EB/OL]. (2024-03-01). https://gongjian.example.org/briefs/brief-one/.',
		);
	});

	it('a guide section cites its edition at the edition’s permanent URL, which leads to the guide', () => {
		expect(textOf(site.html('/guide/intro/'), '[data-cite-gbt7714]')).toBe(
			'甲社区服务中心. 1 总则[M/OL]//老年人入户工作指引. 2025 版（第二版）. 为老服务行动网络, 2024. https://gongjian.example.org/guide/2025/.',
		);
		const permalink = dom(site.html('/guide/2025/'));
		expect(permalink.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0;url=/guide/');
		expect(textOf(site.html('/guide/2024/intro/'), '[data-cite-gbt7714]')).toContain('2024 版（第一版）. 为老服务行动网络, 2024. https://gongjian.example.org/guide/2024/.');
	});

	it('every case, brief, guide section and session links three downloads that parse back to the page', () => {
		for (const page of citable) {
			const links = [...dom(site.html(page)).querySelectorAll('[data-cite] a[download]')].map((a) => a.getAttribute('href')!);
			expect(links.map((href) => href.split('.').pop())).toEqual(['bib', 'ris', 'json']);
			for (const href of links) {
				const [entry] = new Cite(file(href)).data as { URL: string; title: string }[];
				expect(entry.URL, href).toBe(page.startsWith('/guide/') ? `${SITE}/guide/${page.includes('2024') ? '2024' : '2025'}/` : `${SITE}${page}`);
			}
		}
		const [csl] = JSON.parse(file('/cite/cases/case-three.json'));
		expect(csl.title).toBe('=1+1 "探访", 入户');
		// The list of every reference holds exactly the pages that have a panel.
		const all = JSON.parse(file('/cite/references.json')) as { id: string }[];
		expect(all.map((item) => `/${item.id}/`)).toEqual(expect.arrayContaining(citable));
		expect(all.find((item) => item.id === 'cases/case-three')).toEqual(csl);
	});
});

describe('open data', () => {
	let checked: ReturnType<typeof checkContent>['entries'];
	beforeAll(() => {
		checked = checkContent(content).entries;
	});
	const dataOf = (collection: string) => checked.filter((e) => e.file.collection.name === collection).map((e) => e.data as Record<string, unknown>);

	it('cases.csv has a BOM, one row per case and the values of the entries', () => {
		const text = file('/data/cases.csv');
		expect(text.startsWith('\uFEFF')).toBe(true);
		const [header, ...rows] = parseCsv(text);
		const cases = dataOf('cases');
		expect(rows).toHaveLength(cases.length);
		const column = (name: string) => header.indexOf(name);
		for (const data of cases) {
			const row = rows.find((r) => r[column('标识')] === data.slug)!;
			expect(row[column('案例标题')].replace(/^'/, '')).toBe(data.title);
			expect(row[column('一句话摘要')]).toBe(data.summary);
			expect(row[column('地区')]).toBe(data.district);
			expect(row[column('服务人群')]).toBe((data.populations as string[]).join('；'));
			expect(row[column('时间·开始')]).toBe(String((data.period as { start: string }).start));
			expect(row[column('网址')]).toBe(`${SITE}/cases/${data.slug}/`);
		}
		// Spreadsheet syntax in content stays text.
		expect(rows.find((r) => r[0] === 'case-three')![column('案例标题')]).toBe('\'=1+1 "探访", 入户');
	});

	it('relations come as tables: a brief’s evidence cases, its status history, the credits', () => {
		const [, ...evidence] = parseCsv(file('/data/briefs-evidence_cases.csv'));
		expect(evidence).toEqual(dataOf('briefs').flatMap((b) => (b.evidence_cases as string[]).map((c) => [b.slug, c])));
		expect(evidence).toContainEqual(['brief-one', 'case-three']);
		const [statusHeader, ...status] = parseCsv(file('/data/briefs-status_history.csv'));
		expect(statusHeader).toEqual(['标识', '日期', '状态', '说明']);
		expect(status).toContainEqual(['brief-one', '2024-10', '已提交', '在政策面对面上提交']);
		const [, ...credits] = parseCsv(file('/data/cases-credits.csv'));
		expect(credits.filter((r) => r[0] === 'case-one')).toEqual([
			['case-one', 'org-a', '案例提供'],
			['case-one', 'org-b', '主笔'],
		]);
	});

	it('cases.json holds every case’s published fields, the licence, the citation and the field description', () => {
		const json = JSON.parse(file('/data/cases.json'));
		// The schema fills in defaults, as it does for the pages.
		const expected = dataOf('cases').map((raw) => {
			const { privacy_exceptions: _, ...published } = caseSchema.parse(raw) as Record<string, unknown>;
			const data = published;
			return { ...JSON.parse(JSON.stringify(published)), url: `${SITE}/cases/${data.slug}/` };
		});
		expect(json.entries).toEqual(expect.arrayContaining(expected));
		expect(json.entries).toHaveLength(expected.length);
		expect(json.licence.name).toBe('CC-BY-4.0');
		expect(json.citation).toMatch(/^为老服务行动网络\. 共建 · 为老服务知识库：案例与政策建议开放数据\[DS\/OL\]\. \(2025-11-04\)\. https:\/\/gongjian\.example\.org\/data\/\.$/);
		const district = json.fields[0].fields.find((f: { field: string }) => f.field === 'district');
		expect(district.constraints.enum).toContain('北京市朝阳区');
	});

	it('the data package describes exactly the CSV files and their headers; no editor identity is exported', () => {
		const pkg = JSON.parse(file('/data/datapackage.json'));
		const csvFiles = readdirSync(join(site.outDir, 'data')).filter((name) => name.endsWith('.csv'));
		expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(csvFiles.sort());
		for (const resource of pkg.resources) {
			const [header] = parseCsv(file(`/data/${resource.path}`));
			expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
		}
		for (const name of readdirSync(join(site.outDir, 'data'))) expect(readFileSync(join(site.outDir, 'data', name), 'utf-8')).not.toMatch(/@org-[ab]\.example|privacy_exceptions/);
	});

	it('the /data/ page links every file and names the licence', () => {
		const html = site.html('/data/');
		const links = [...dom(html).querySelectorAll('a[download]')].map((a) => a.getAttribute('href')!).filter((href) => href.startsWith('/data/'));
		expect(links.sort()).toEqual(readdirSync(join(site.outDir, 'data')).filter((n) => n !== 'index.html').map((n) => `/data/${n}`).sort());
		expect(textOf(html, '[data-licence]')).toContain('CC BY 4.0');
	});
});

describe('evidence', () => {
	it('a brief page summarises its evidence: cases, organisations, districts', () => {
		expect(textOf(site.html('/briefs/brief-one/'), '[data-evidence-summary]')).toMatch(/^由 2 个案例支撑，来自 2 家机构、2 个地区。/);
		const link = dom(site.html('/briefs/brief-one/')).querySelector('[data-evidence-summary] a')!.getAttribute('href')!;
		expect(link).toBe('/evidence/#timeline-brief-one');
		expect(dom(site.html('/evidence/')).getElementById('timeline-brief-one')).not.toBeNull();
	});

	it('the evidence map counts each brief’s cases by population, district and method', () => {
		const html = dom(site.html('/evidence/'));
		const table = html.querySelector('[data-evidence-matrix="district"] table')!;
		const header = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
		expect(header).toEqual(['政策建议', '案例数', '北京市朝阳区', '北京市东城区']);
		const row = [...table.querySelectorAll('tr[data-brief="brief-one"] td')].map((td) => td.textContent);
		expect(row).toEqual(['2', '1', '1']);
		expect([...html.querySelectorAll('[data-brief-timeline="brief-one"] li')].map((li) => li.textContent?.replace(/\s+/g, ''))).toEqual(['2024年草稿', '2024年10月已提交']);
	});
});

describe('printed briefs and cases', () => {
	it('carry a QR code that decodes to the page’s absolute URL', () => {
		for (const page of ['/briefs/brief-one/', '/cases/case-one/']) {
			const figure = dom(site.html(page)).querySelector('[data-print-qr]')!;
			expect(figure.getAttribute('data-print-qr')).toBe(`${SITE}${page}`);
			expect(decodeQrSvg(figure.querySelector('svg')!.outerHTML)).toBe(`${SITE}${page}`);
		}
	});
});
