/**
 * Citations: GB/T 7714-2015 strings from the real CSL processor and style, on a throwaway git
 * repository with pinned authors and dates, and the BibTeX/RIS/CSL-JSON downloads parsed back.
 */
import { cpSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { creditResolver } from '../../src/lib/attribution/credit';
import { lastChangeOf } from '../../src/lib/attribution/last-change';
import { toBibtex } from '../../src/lib/cite/bibtex';
import { CITE_FORMATS } from '../../src/lib/cite/cite-files';
import { formatGbt7714 } from '../../src/lib/cite/format-gbt7714';
import { citablePages, citableKeys, type CitablePage } from '../../src/lib/cite/page-citations';
import { toRis } from '../../src/lib/cite/ris';
import { checkContent } from '../../src/lib/content/check';
import { modelFromEntries } from '../../src/lib/content/entries-model';
import { readContentHistory } from '../../src/lib/git/history';
import { commit, editorA, editorB, initRepo } from '../helpers/git-repo';
import { projectRoot } from '../helpers/site-build';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

const SITE = new URL('https://gongjian.example.org');
let pages: Map<string, CitablePage>;
let keys: string[];

beforeAll(async () => {
	const repo = initRepo();
	const content = join(repo, 'content');
	cpSync(join(projectRoot, 'tests/fixtures/basic/content'), content, { recursive: true });
	commit(repo, editorA, '2024-03-01', 'Starter content');
	// 23:30 UTC is already the next day in the site's time zone: the citation shows the reader's date.
	const casePath = join(content, 'cases/case-one.md');
	writeFileSync(casePath, readFileSync(casePath, 'utf-8').replace('summary:', 'summary: 修订：'));
	commit(repo, editorB, '2025-11-03T23:30:00Z', 'Edit case one');
	// A code-only commit after the content changes must not move any date.
	writeFileSync(join(repo, 'README.md'), 'code\n');
	commit(repo, editorB, '2025-12-01', 'Code only');
	const { entries, problems } = checkContent(content);
	expect(problems).toEqual([]);
	const site = modelFromEntries(entries)!;
	const history = await readContentHistory(content);
	const creditOf = creditResolver(site.organisationOfAuthor, []);
	// The model's file paths are relative to the content root here, as the history's are.
	pages = citablePages(site, (file) => {
		const last = file ? lastChangeOf(history, file, creditOf) : undefined;
		return last?.kind === 'known' ? last.date : undefined;
	}, SITE);
	keys = citableKeys(site);
});

describe('GB/T 7714-2015 references', () => {
	it('cites a case with its organisations in credit order and the date of its last change', () => {
		expect(formatGbt7714(pages.get('cases/case-one')!.item)).toBe(
			'甲社区服务中心, 乙支持中心. 甲中心的高龄老人探访[EB/OL]. (2025-11-04). https://gongjian.example.org/cases/case-one/.',
		);
	});

	it('cites a brief', () => {
		expect(formatGbt7714(pages.get('briefs/brief-one')!.item)).toBe('甲社区服务中心. 关于高龄老人探访的建议[EB/OL]. (2024-03-01). https://gongjian.example.org/briefs/brief-one/.');
	});

	it('cites a guide section as part of its edition, at the edition’s permanent URL', () => {
		expect(formatGbt7714(pages.get('guide/intro')!.item)).toBe(
			'甲社区服务中心. 1 总则[M/OL]//老年人入户工作指引. 2025 版（第二版）. 为老服务行动网络, 2024. https://gongjian.example.org/guide/2025/.',
		);
		expect(formatGbt7714(pages.get('guide/2024/intro')!.item)).toBe(
			'甲社区服务中心. 1 总则[M/OL]//老年人入户工作指引. 2024 版（第一版）. 为老服务行动网络, 2024. https://gongjian.example.org/guide/2024/.',
		);
	});

	it('has a reference for every case, brief, guide section and session page', () => {
		expect([...pages.keys()].sort()).toEqual([...keys].sort());
		expect(keys).toEqual(expect.arrayContaining(['cases/case-two', 'guide/privacy', 'guide/2024/intro']));
		expect(keys.some((key) => key.startsWith('learn/'))).toBe(true);
	});
});

describe('downloads', () => {
	const parsed = (text: string) => new Cite(text).data as Record<string, unknown>[];
	// A parser may read an organisation as a literal or as one unsplit family name; either keeps it whole.
	const names = (entry: Record<string, unknown>) => (entry.author as { literal?: string; family?: string; given?: string }[]).map((a) => (a.given ? `${a.family} ${a.given}` : a.literal ?? a.family));

	it('BibTeX parses back to the same title, organisations, date and URL', () => {
		const [entry] = parsed(toBibtex(pages.get('cases/case-one')!.item));
		expect(entry).toMatchObject({
			title: '甲中心的高龄老人探访',
			issued: { 'date-parts': [[2025, 11, 4]] },
			URL: 'https://gongjian.example.org/cases/case-one/',
		});
		expect(names(entry)).toEqual(['甲社区服务中心', '乙支持中心']);
	});

	it('BibTeX keeps TeX special characters in a title as text', () => {
		const item = { ...pages.get('briefs/brief-one')!.item, title: '50% 的老人 & {家属} #1' };
		const [entry] = parsed(toBibtex(item));
		expect(entry.title).toBe('50% 的老人 & 家属 #1');
	});

	it('RIS parses back, a guide section as a chapter of its edition', () => {
		const [entry] = parsed(toRis(pages.get('guide/intro')!.item));
		expect(entry).toMatchObject({
			type: 'chapter',
			title: '1 总则',
			'container-title': '老年人入户工作指引',
			edition: '2025 版（第二版）',
			URL: 'https://gongjian.example.org/guide/2025/',
		});
		expect(names(entry)).toEqual(['甲社区服务中心']);
	});

	it('CSL-JSON is a list holding the item the reference was formatted from', () => {
		const item = pages.get('cases/case-one')!.item;
		const json = CITE_FORMATS.find((f) => f.format === 'json')!.write(item);
		const list = JSON.parse(json);
		expect(list).toEqual([item]);
		expect(formatGbt7714(list[0])).toBe(formatGbt7714(item));
		expect(parsed(json)[0]).toMatchObject({ title: item.title, URL: item.URL });
	});
});
