/**
 * The attribution and history layer in a real build of the fixture, committed to a throwaway
 * repository by two organisations' editors and an unknown author, with code-only commits between
 * the content commits as in any real repository: last-updated lines, history pages, section
 * credit, the edition comparison page, the updates page and feed — and the everyday sequence of
 * a code commit, `npm run commit:content`, a build, a second content commit and a build. Two git
 * processes per build whatever the content, and no wrong dates on a shallow clone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countGitProcesses } from '../../tools/lib/bench/git-counter';
import { generateCorpus } from '../../tools/lib/corpus/generate';
import { existingEditions, loadSentences, organisationIds } from '../../tools/lib/corpus/sources';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/site-build';
import { dom, hrefs, textOf } from '../helpers/dom';
import { commitContent } from '../../tools/lib/cms/local/commit-content';
import { commit, editorA, editorB, git, initRepo, stranger, writeFiles } from '../helpers/git-repo';

/** A commit that touches no content: code, README or an upload. */
function codeCommit(repo: string, date: string, path = 'src/app.ts') {
	writeFiles(repo, { [path]: `// ${date}\n` });
	commit(repo, stranger, date, `Code: ${path}`, [path]);
}

/** `npm run commit:content` as `email` at a pinned date (the same function the npm script runs). */
function commitContentAs(repo: string, email: string, date: string) {
	git(repo, ['config', 'user.email', email]);
	Object.assign(process.env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
	try {
		const result = commitContent({ repoDir: repo, contentDir: join(repo, 'content') });
		if (result.status !== 'committed') throw new Error(`commit:content: ${JSON.stringify(result)}`);
	} finally {
		delete process.env.GIT_AUTHOR_DATE;
		delete process.env.GIT_COMMITTER_DATE;
	}
}

/** The basic fixture, committed in five steps with pinned authors and dates. */
function fixtureRepository(): string {
	const repo = initRepo();
	const content = join(repo, 'content');
	const fixture = join(projectRoot, 'tests/fixtures/basic/content');
	const later = ['guide/2025', 'cases/case-two.md'];
	cpSync(fixture, content, { recursive: true, filter: (source) => !later.some((path) => source.startsWith(join(fixture, path))) });
	const edit = (path: string, from: string, to: string) => writeFileSync(join(content, path), readFileSync(join(content, path), 'utf-8').replace(from, to));
	commit(repo, editorA, '2024-01-10', '导入第一版指引和案例', ['content']);
	codeCommit(repo, '2024-02-01', 'README.md');
	for (const path of later) cpSync(join(fixture, path), join(content, path), { recursive: true });
	commit(repo, editorB, '2024-03-01', '新增乙中心的案例', ['content/cases/case-two.md']);
	codeCommit(repo, '2024-03-15', 'public/files/tools/form.txt');
	edit('cases/case-one.md', '补充说明。', '补充说明（已与服务对象核对）。');
	commit(repo, stranger, '2024-04-01', '核对案例补充说明', ['content/cases/case-one.md']);
	commit(repo, editorB, '2025-02-01', '2025 版：强调先与居委会沟通，新增隐私保护一节', ['content/guide/2025']);
	// The everyday sequence: a code commit, then an editor's saves committed with commit:content.
	codeCommit(repo, '2025-03-01');
	edit('events/event-one.md', '纪要。', '纪要。\n\n**会议决定**：下次会议在[乙支持中心](/orgs/org-b/)举行。');
	commitContentAs(repo, editorB.email, '2025-03-05T21:00:00+08:00');
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
		expect(updates).toEqual(['2025-03-05 乙支持中心', '2025-02-01 乙支持中心', '2024-04-01 未登记的编辑', '2024-03-01 乙支持中心', '2024-01-10 甲中心']);
		const feed = readFileSync(join(site.outDir, 'updates.xml'), 'utf-8');
		expect(feed).toContain('<title>乙支持中心：2025 版：强调先与居委会沟通，新增隐私保护一节</title>');
		expect(feed).toContain('<updated>2025-03-05T21:00:00+08:00</updated>');
		expect(feed).toContain('<name>未登记的编辑</name>');
	});

	it('adds recent edits and written guide sections to organisation profiles', () => {
		const html = site.html('/orgs/org-b/');
		expect(textOf(html, '[data-recent-edits]')).toContain('2025-02-01 2025 版：强调先与居委会沟通，新增隐私保护一节');
		expect(hrefs(html, '[data-wrote-sections] a')).toEqual(['/guide/intro/', '/guide/privacy/']);
		expect(hrefs(site.html('/orgs/org-a/'), '[data-wrote-sections] a')).toEqual(['/guide/intro/', '/guide/visit/']);
	});
});

describe('the everyday editor commit after a code commit', () => {
	it('keeps every other page’s history, and shows the new change readably', () => {
		for (const [path, line] of [
			['/cases/case-two/', '2024-03-01（乙支持中心）'],
			['/guide/2024/visit/', '2024-01-10（甲中心）'],
			['/events/event-one/', '2025-03-05（乙支持中心）· 修订记录（2 次）'],
		]) expect(textOf(site.html(path), '[data-last-updated]')).toContain(line);
		for (const path of ['/cases/case-one/', '/guide/intro/', '/briefs/brief-one/', '/learn/mod-one/']) {
			expect(textOf(site.html(path), '[data-last-updated]')).not.toContain('尚未提交');
		}
		const history = dom(site.html('/history/events/event-one/'));
		const entries = [...history.querySelectorAll('[data-change]')];
		expect(entries.map((e) => e.querySelector('[data-change-message]')?.textContent)).toEqual(['修改活动 event-one（乙支持中心）', '导入第一版指引和案例']);
		const diff = entries[0].querySelector('[data-diff]')!.textContent!;
		expect(diff).toContain('会议决定：下次会议在乙支持中心举行。');
		expect(diff).not.toMatch(/\*\*|\]\(|\/orgs\//);
		expect(entries[1].querySelector('[data-created]')?.textContent).toBe('新建文件，正文共 3 字。');
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
		// rev-parse and log; Astro's telemetry (which runs git rev-list) is off in every build.
		expect(gitCalls).toBe(2);
		const repo = join(content, '..');
		// A second content commit of the same kind, from another time zone, after another code commit.
		codeCommit(repo, '2025-03-05T10:00:00+00:00');
		writeFileSync(join(content, 'events/event-one.md'), readFileSync(join(content, 'events/event-one.md'), 'utf-8') + '\n会后补充：材料已发给各机构。\n');
		commitContentAs(repo, editorA.email, '2025-03-05T14:30:00+00:00');
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
		// 14:30 in London is 22:30 in Beijing: after the 21:00 commit of the same day, so listed above it.
		const updates = [...dom(larger.html('/updates/')).querySelectorAll('[data-update]')].map((li) => {
			li.querySelector('ul')?.remove();
			return li.textContent!.replace(/\s+/g, ' ').trim();
		});
		expect(updates.slice(0, 3)).toEqual(['2025-06-01 甲中心：批量导入生成的案例', '2025-03-05 甲中心：修改活动 event-one（甲社区服务中心）', '2025-03-05 乙支持中心：修改活动 event-one（乙支持中心）']);
		expect([...dom(larger.html('/history/events/event-one/')).querySelectorAll('[data-change-message]')].map((m) => m.textContent)).toEqual([
			'修改活动 event-one（甲社区服务中心）',
			'修改活动 event-one（乙支持中心）',
			'导入第一版指引和案例',
		]);
		expect(textOf(larger.html('/cases/case-two/'), '[data-last-updated]')).toContain('2024-03-01（乙支持中心）');
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
