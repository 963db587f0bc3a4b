/**
 * The attribution and history layer in a real build of the fixture, committed to a throwaway
 * repository by two organisations' editors and an unknown author: last-updated lines, history
 * pages, section credit, the edition comparison page, the updates page and feed — and a constant
 * number of git processes, and no wrong dates on a shallow clone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countGitProcesses } from '../../src/lib/bench/git-counter';
import { generateCorpus } from '../../src/lib/corpus/generate';
import { existingEditions, loadSentences, organisationIds } from '../../src/lib/corpus/sources';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/site-build';
import { dom, hrefs, textOf } from '../helpers/dom';
import { commit, editorA, editorB, git, initRepo, stranger } from '../helpers/git-repo';

/** The basic fixture, committed in five steps with pinned authors and dates. */
function fixtureRepository(): string {
	const repo = initRepo();
	const content = join(repo, 'content');
	const fixture = join(projectRoot, 'tests/fixtures/basic/content');
	const later = ['guide/2025', 'cases/case-two.md'];
	cpSync(fixture, content, { recursive: true, filter: (source) => !later.some((path) => source.startsWith(join(fixture, path))) });
	const edit = (path: string, from: string, to: string) => writeFileSync(join(content, path), readFileSync(join(content, path), 'utf-8').replace(from, to));
	commit(repo, editorA, '2024-01-10', '导入第一版指引和案例', ['content']);
	for (const path of later) cpSync(join(fixture, path), join(content, path), { recursive: true });
	commit(repo, editorB, '2024-03-01', '新增乙中心的案例', ['content/cases/case-two.md']);
	edit('cases/case-one.md', '补充说明。', '补充说明（已与服务对象核对）。');
	commit(repo, stranger, '2024-04-01', '核对案例补充说明', ['content/cases/case-one.md']);
	commit(repo, editorB, '2025-02-01', '2025 版：强调先与居委会沟通，新增隐私保护一节', ['content/guide/2025']);
	return content;
}

let content: string;
let site: BuiltSite;
let gitCalls: number;

beforeAll(async () => {
	content = fixtureRepository();
	const counter = countGitProcesses();
	site = await buildSite(content, counter.env);
	gitCalls = counter.count();
}, 300_000);

describe('attribution on pages', () => {
	it('shows the last update, the organisation that made it and a link to the history', () => {
		const line = textOf(site.html('/cases/case-one/'), '[data-last-updated]');
		expect(line).toBe('修订最后更新 2024-04-01（未登记的编辑）· 修订记录（2 次）');
		expect(hrefs(site.html('/cases/case-one/'), '[data-last-updated] a')).toEqual(['/history/cases/case-one/']);
		expect(textOf(site.html('/cases/case-two/'), '[data-last-updated]')).toContain('2024-03-01（乙支持中心）');
		expect(hrefs(site.html('/cases/case-two/'), '[data-last-updated] a')).toEqual(['/orgs/org-b/', '/history/cases/case-two/']);
	});

	it('keeps declared credit and observed authorship apart', () => {
		const html = site.html('/guide/intro/');
		expect(textOf(html, '[data-credits]')).toBe('署名甲中心（主笔）');
		expect([...dom(html).querySelectorAll('[data-section-credit]')].map((p) => p.textContent)).toEqual([
			'本节现行文字的撰写者：甲中心、乙支持中心（据修订记录）',
			'本节现行文字的撰写者：甲中心（据修订记录）',
		]);
	});

	it('lists every change on the history page with date, organisation, message and diff', () => {
		const html = site.html('/history/cases/case-one/');
		const entries = [...dom(html).querySelectorAll('[data-change]')];
		expect(entries.map((e) => [e.querySelector('time')?.textContent, e.querySelector('[data-change-org]')?.textContent, e.querySelector('[data-change-message]')?.textContent])).toEqual([
			['2024-04-01', '未登记的编辑', '核对案例补充说明'],
			['2024-01-10', '甲中心', '导入第一版指引和案例'],
		]);
		expect(entries[0].querySelector('ins')?.textContent).toContain('已与服务对象核对');
	});

	it('lists recent updates on a page and in an Atom feed, naming the organisation', () => {
		const updates = [...dom(site.html('/updates/')).querySelectorAll('[data-update]')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim().split('：')[0]);
		expect(updates).toEqual(['2025-02-01 乙支持中心', '2024-04-01 未登记的编辑', '2024-03-01 乙支持中心', '2024-01-10 甲中心']);
		const feed = readFileSync(join(site.outDir, 'updates.xml'), 'utf-8');
		expect(feed).toContain('<title>乙支持中心：2025 版：强调先与居委会沟通，新增隐私保护一节</title>');
		expect(feed).toContain('<name>未登记的编辑</name>');
	});

	it('adds recent edits and written guide sections to organisation profiles', () => {
		const html = site.html('/orgs/org-b/');
		expect(textOf(html, '[data-recent-edits]')).toContain('2025-02-01 2025 版：强调先与居委会沟通，新增隐私保护一节');
		expect(hrefs(html, '[data-wrote-sections] a')).toEqual(['/guide/intro/', '/guide/privacy/']);
		expect(hrefs(site.html('/orgs/org-a/'), '[data-wrote-sections] a')).toEqual(['/guide/intro/', '/guide/visit/']);
	});
});

describe('edition comparison', () => {
	it('lists added, removed and changed sections, with a diff and who changed it', () => {
		const html = site.html('/guide/changes/2024-2025/');
		expect(textOf(html, 'h1')).toBe('2025 版（第二版）修订说明');
		expect(hrefs(html, '[data-added] a')).toEqual(['/guide/privacy/']);
		expect(hrefs(html, '[data-removed] a')).toEqual(['/guide/2024/old-only/']);
		const changed = [...dom(html).querySelectorAll('[data-changed]')].map((s) => s.getAttribute('data-changed'));
		expect(changed).toEqual(['intro']);
		expect(textOf(html, '[data-changed="intro"] ins')).toBe('第二版强调先与居委会沟通。');
		expect(textOf(html, '[data-changed="intro"] [data-change-authors]')).toContain('乙支持中心');
		expect(textOf(html, '[data-changed="intro"] [data-change-authors]')).not.toContain('甲中心');
	});
});

describe('git processes', () => {
	it('spawns the same small number of git processes, however many content files there are', async () => {
		expect(gitCalls).toBeGreaterThan(0);
		expect(gitCalls).toBeLessThanOrEqual(4);
		const repo = join(content, '..');
		const generated = generateCorpus({
			n: 300,
			seed: 3,
			sentences: loadSentences(projectRoot, content).sentences,
			organisations: organisationIds(content),
			contentDir: content,
			existingEditions: existingEditions(content),
		});
		commit(repo, editorA, '2025-06-01', '批量导入生成的案例', ['content']);
		const counter = countGitProcesses();
		const larger = await buildSite(content, counter.env);
		expect(larger.exists('/history/cases/gen-case-00200/')).toBe(true);
		expect(generated.cases).toBeGreaterThan(200);
		expect(counter.count()).toBe(gitCalls);
	}, 300_000);
});

describe('shallow clone', () => {
	it('says so once and renders no date it cannot know', async () => {
		const repo = join(content, '..');
		const clone = join(mkdtempSync(join(tmpdir(), 'shallow-site-')), 'repo');
		git(repo, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
		const shallow = await buildSite(join(clone, 'content'));
		const output = `${shallow.stdout}\n${shallow.stderr}`;
		expect(output.match(/浅克隆/g)).toHaveLength(1);
		for (const path of ['/cases/case-one/', '/guide/intro/', '/briefs/brief-one/']) {
			const html = shallow.html(path);
			expect(textOf(html, '[data-last-updated]')).toContain('最后更新日期不可知');
			expect(dom(html).querySelector('[data-last-updated] time')).toBeNull();
		}
		expect(shallow.html('/history/cases/case-one/')).not.toMatch(/<time[^>]*>20\d\d-/);
	}, 300_000);
});
