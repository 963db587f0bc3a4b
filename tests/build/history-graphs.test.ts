/**
 * Every commit-graph shape of tests/unit/history-graphs.test.ts, in one throwaway repository of
 * the basic fixture built once (the machine is shared): each scenario changes its own pages, and
 * each is asserted on the built site — the page's last update (organisation and date), the section
 * credit, 修订记录 in order with readable diffs, /updates/ and the organisations' recent edits.
 * The starter material is a declared import (content/history.yaml).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countGitProcesses } from '../../tools/lib/bench/git-counter';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/site-build';
import { dom, textOf } from '../helpers/dom';
import { as, commit, editorA, editorB, editorC, git, importer, initRepo, merge, stranger, writeFiles } from '../helpers/git-repo';

let repo: string;
let site: BuiltSite;
let gitCalls: number;

const read = (path: string) => readFileSync(join(repo, 'content', path), 'utf-8');
const edit = (path: string, from: string, to: string) => {
	const text = read(path);
	if (!text.includes(from)) throw new Error(`${path} has no “${from}”`);
	writeFileSync(join(repo, 'content', path), text.replace(from, to));
};
const append = (path: string, paragraph: string) => writeFileSync(join(repo, 'content', path), `${read(path).replace(/\n*$/, '\n')}\n${paragraph}\n`);
const code = (date: string) => {
	writeFiles(repo, { 'src/app.ts': `// ${date}\n` });
	commit(repo, stranger, date, `Code ${date}`, ['src/app.ts']);
};
const branch = (name: string) => git(repo, ['checkout', '-q', '-b', name]);
const main = () => git(repo, ['checkout', '-q', 'main']);

function buildHistory() {
	repo = initRepo();
	cpSync(join(projectRoot, 'tests/fixtures/basic/content'), join(repo, 'content'), { recursive: true });
	writeFiles(repo, {
		'content/organisations/org-c.yaml': readFileSync(join(repo, 'content/organisations/org-b.yaml'), 'utf-8')
			.replace('slug: org-b', 'slug: org-c')
			.replace('name: 乙支持中心', 'name: 丙协作中心')
			.replace('editor-b@org-b.example', editorC.email),
	});
	commit(repo, importer, '2025-01-01', '导入初始内容');
	const starter = git(repo, ['rev-parse', 'HEAD']).trim();
	code('2025-01-02');
	writeFiles(repo, { 'content/history.yaml': `imports:\n  - commit: ${starter.slice(0, 9)}\n    sources:\n      - 测试资料\n` });
	commit(repo, stranger, '2025-01-03', '声明初始内容');

	// 1. The everyday editor commit, after a code commit.
	code('2025-01-04');
	append('cases/case-one.md', '乙补充的一段。');
	commit(repo, editorB, '2025-01-05', '乙补充案例一');

	// 2. Both sides change the same file; 丙 merges without writing anything.
	branch('b-intro');
	edit('guide/2025/01-intro.md', '适用于所有成员机构。', '适用于所有成员机构和志愿者。');
	commit(repo, editorB, '2025-01-06', '乙修改范围');
	main();
	edit('guide/2025/01-intro.md', '本指引帮助社工做好入户探访。', '本指引帮助社工和志愿者做好入户探访。');
	commit(repo, editorA, '2025-01-07', '甲修改目的');
	merge(repo, editorC, '2025-01-08', 'b-intro', '合并乙的修改');

	// 3. A conflict, resolved by 丙 with words of its own.
	branch('b-visit');
	edit('guide/2025/02-visit.md', '先敲门，说明来意。', '先敲门，出示工作证，说明来意。');
	commit(repo, editorA, '2025-01-09', '甲：出示工作证');
	main();
	edit('guide/2025/02-visit.md', '先敲门，说明来意。', '先敲门，说明来意和身份。');
	commit(repo, editorB, '2025-01-10', '乙：说明身份');
	merge(repo, editorC, '2025-01-11', 'b-visit', '合并并解决冲突', {
		resolve: { 'content/guide/2025/02-visit.md': read('guide/2025/02-visit.md').replace('先敲门，说明来意和身份。', '先敲门，出示工作证，并说明来意和身份。') },
	});

	// 4. A revert, after a code commit.
	edit('guide/2025/03-privacy.md', '记录只写化名。', '记录只写化名，不写门牌号。');
	commit(repo, editorB, '2025-01-12', '乙：补充隐私要求');
	code('2025-01-13');
	git(repo, ['revert', '--no-edit', 'HEAD~1'], as(stranger, '2025-01-14'));

	// 5. A section moved to another folder (edition) and renumbered; the coordinator reopens the
	// frozen 2024 edition to let the file leave it.
	mkdirSync(join(repo, 'content/guide/2025'), { recursive: true });
	git(repo, ['mv', 'content/guide/2024/03-old-only.md', 'content/guide/2025/04-old-only.md']);
	edit('guide/2025/04-old-only.md', 'section_no: "3"', 'section_no: "4"');
	edit('guide/editions.yaml', '    summary: 第一版。', '    summary: 第一版。\n    reopened: true');
	commit(repo, editorB, '2025-01-15', '旧版章节移入 2025 版');

	// 6. A file deleted and re-created.
	const brief = read('briefs/brief-one.md');
	git(repo, ['rm', '-q', 'content/briefs/brief-one.md']);
	commit(repo, stranger, '2025-01-16', '误删建议');
	writeFiles(repo, { 'content/briefs/brief-one.md': `${brief.replace(/\n*$/, '\n')}\n甲恢复时补充的一段。\n` });
	commit(repo, editorA, '2025-01-17', '恢复建议并补充');

	// 7. A cherry-pick, then the branch merged.
	branch('b-module');
	append('curriculum/modules/mod-one.md', '甲补充模块说明。');
	commit(repo, editorA, '2025-01-18', '甲：模块说明');
	append('tools/tool-one.md', '甲补充填写说明。');
	commit(repo, editorA, '2025-01-19', '甲：填写说明');
	main();
	git(repo, ['cherry-pick', 'b-module~1'], { GIT_COMMITTER_NAME: editorC.name, GIT_COMMITTER_EMAIL: editorC.email, GIT_COMMITTER_DATE: '2025-01-20T12:00:00+08:00' });
	merge(repo, editorC, '2025-01-21', 'b-module', '合并模块分支');

	// 8. Three offsets on one day: the instant decides the order.
	append('pages/contribute.md', '甲在北京晚上九点补充。');
	commit(repo, editorA, '2025-01-22T21:00:00+08:00', '甲：北京晚上');
	append('pages/privacy.md', '乙在伦敦下午补充。');
	commit(repo, editorB, '2025-01-22T14:30:00+00:00', '乙：伦敦下午');
	append('events/event-one.md', '丙在纽约晚上补充。');
	commit(repo, editorC, '2025-01-22T20:00:00-05:00', '丙：纽约晚上');

	// 9. A rebased branch, fast-forwarded.
	branch('b-case');
	append('cases/case-two.md', '乙的草稿。');
	commit(repo, editorB, '2025-01-24', '乙：案例二草稿');
	main();
	append('cases/case-one.md', '甲的补充。');
	commit(repo, editorA, '2025-01-25', '甲：案例一补充');
	git(repo, ['checkout', '-q', 'b-case']);
	git(repo, ['rebase', '-q', 'main'], as(editorB, '2025-01-26'));
	main();
	merge(repo, editorC, '2025-01-26', 'b-case', 'ff', { ff: true });

	// 10. A fast-forward merge.
	branch('b-session');
	append('curriculum/sessions/session-one.md', '甲补充单元说明。');
	commit(repo, editorA, '2025-01-27', '甲：单元补充');
	main();
	merge(repo, editorC, '2025-01-27', 'b-session', 'ff', { ff: true });

	// 11. A branch the merge discards.
	branch('b-about');
	edit('pages/about.md', '关于本站。', '乙改写的关于。');
	commit(repo, editorB, '2025-01-28', '乙：改写关于');
	main();
	code('2025-01-29');
	git(repo, ['merge', '-q', '--no-ff', '-s', 'ours', 'b-about', '-m', '合并但保留原文'], as(editorC, '2025-01-30'));

	// 12. A no-fast-forward merge, the main line having changed only code; a frontmatter change.
	branch('b-org');
	edit('organisations/org-a.yaml', 'description: 测试用伙伴机构。', 'description: 测试用伙伴机构，服务朝阳区的高龄老人。');
	commit(repo, editorB, '2025-01-31', '乙：更新甲中心简介');
	main();
	code('2025-02-01');
	merge(repo, editorC, '2025-02-02', 'b-org', '合并简介');
}

beforeAll(async () => {
	buildHistory();
	const counter = countGitProcesses();
	// Not set by the caller: astro.config.mjs turns telemetry (and its `git rev-list`) off itself.
	site = await buildSite(join(repo, 'content'), { ...counter.env, ASTRO_TELEMETRY_DISABLED: '' });
	gitCalls = counter.count();
}, 300_000);

const lastUpdated = (path: string) => textOf(site.html(path), '[data-last-updated]');
const sectionNotes = (path: string) => [...dom(site.html(path)).querySelectorAll('[data-section-credit]')].map((p) => p.textContent);
const historyOf = (path: string) =>
	[...dom(site.html(path)).querySelectorAll('[data-change]')].map((e) => [
		e.querySelector('time')?.textContent,
		e.querySelector('[data-change-org]')?.textContent,
		e.querySelector('[data-change-message]')?.textContent,
	]);
const recentEdits = (org: string) =>
	[...dom(site.html(`/orgs/${org}/`)).querySelectorAll('[data-recent-edits] li')].map((li) => {
		li.querySelector('.gj-note')?.remove();
		return li.textContent!.replace(/\s+/g, ' ').trim();
	});

describe('history through every commit graph, on the built site', () => {
	it('spawns two git processes for the whole build, with telemetry off even when the caller did not say so', () => {
		expect(gitCalls).toBe(2);
	});

	it('lists /updates/ newest first by the instant, merges credited to the branch authors', () => {
		const updates = [...dom(site.html('/updates/')).querySelectorAll('[data-update]')].map((li) => {
			li.querySelector('ul')?.remove();
			return li.textContent!.replace(/\s+/g, ' ').trim();
		});
		expect(updates).toEqual([
			'2025-01-31 乙支持中心：乙：更新甲中心简介',
			'2025-01-27 甲中心：甲：单元补充',
			'2025-01-25 甲中心：甲：案例一补充',
			'2025-01-24 乙支持中心：乙：案例二草稿',
			'2025-01-23 丙协作中心：丙：纽约晚上',
			'2025-01-22 乙支持中心：乙：伦敦下午',
			'2025-01-22 甲中心：甲：北京晚上',
			'2025-01-19 甲中心：甲：填写说明',
			'2025-01-18 甲中心：甲：模块说明',
			'2025-01-17 甲中心：恢复建议并补充',
			'2025-01-16 未登记的编辑：误删建议',
			'2025-01-15 乙支持中心：旧版章节移入 2025 版',
			'2025-01-14 未登记的编辑：Revert "乙：补充隐私要求"',
			'2025-01-12 乙支持中心：乙：补充隐私要求',
			'2025-01-11 丙协作中心：合并并解决冲突',
			'2025-01-10 乙支持中心：乙：说明身份',
			'2025-01-09 甲中心：甲：出示工作证',
			'2025-01-07 甲中心：甲修改目的',
			'2025-01-06 乙支持中心：乙修改范围',
			'2025-01-05 乙支持中心：乙补充案例一',
			'2025-01-03 未登记的编辑：声明初始内容',
			'2025-01-01 初始内容（整理自：测试资料）：导入初始内容',
		]);
		const feed = readFileSync(join(site.outDir, 'updates.xml'), 'utf-8');
		expect(feed).not.toContain('合并乙的修改');
		expect(feed).toContain('<updated>2025-01-22T20:00:00-05:00</updated>');
		expect(feed.indexOf('丙：纽约晚上')).toBeLessThan(feed.indexOf('乙：伦敦下午'));
		expect(feed.indexOf('乙：伦敦下午')).toBeLessThan(feed.indexOf('甲：北京晚上'));
	});

	it('credits each organisation’s profile with its own edits only', () => {
		expect(recentEdits('org-c')).toEqual(['2025-01-23 丙：纽约晚上', '2025-01-11 合并并解决冲突']);
		expect(recentEdits('org-b')).toEqual([
			'2025-01-31 乙：更新甲中心简介',
			'2025-01-24 乙：案例二草稿',
			'2025-01-22 乙：伦敦下午',
			'2025-01-15 旧版章节移入 2025 版',
			'2025-01-12 乙：补充隐私要求',
			'2025-01-10 乙：说明身份',
			'2025-01-06 乙修改范围',
			'2025-01-05 乙补充案例一',
		]);
		expect(recentEdits('org-a')).toEqual([
			'2025-01-27 甲：单元补充',
			'2025-01-25 甲：案例一补充',
			'2025-01-22 甲：北京晚上',
			'2025-01-19 甲：填写说明',
			'2025-01-18 甲：模块说明',
			'2025-01-17 恢复建议并补充',
			'2025-01-09 甲：出示工作证',
			'2025-01-07 甲修改目的',
		]);
	});

	it('1. content commits after code commits: every page keeps its history', () => {
		expect(lastUpdated('/cases/case-one/')).toContain('2025-01-25（甲中心）· 修订记录（3 次）');
		expect(historyOf('/history/cases/case-one/')).toEqual([
			['2025-01-25', '甲中心', '甲：案例一补充'],
			['2025-01-05', '乙支持中心', '乙补充案例一'],
			['2025-01-01', '初始内容（整理自：测试资料）', '导入初始内容'],
		]);
		expect(lastUpdated('/glossary/')).toContain('2025-01-01（初始内容）');
	});

	it('2. both sides changed one file: each side credited for its section, the merger for nothing', () => {
		expect(lastUpdated('/guide/intro/')).toContain('2025-01-07（甲中心）');
		expect(sectionNotes('/guide/intro/')).toEqual(['本节现行文字的撰写者：甲中心（据修订记录，其余为初始内容）', '本节现行文字的撰写者：乙支持中心（据修订记录，其余为初始内容）']);
		expect(historyOf('/history/guide/2025/01-intro/').map((e) => e[2])).toEqual(['甲修改目的', '乙修改范围', '导入初始内容']);
	});

	it('3. a conflict resolved by the merger: listed once as the merger’s own edit, with only its words', () => {
		expect(sectionNotes('/guide/visit/')).toEqual(['本节现行文字的撰写者：丙协作中心（据修订记录，其余为初始内容）']);
		const html = site.html('/history/guide/2025/02-visit/');
		expect(historyOf('/history/guide/2025/02-visit/')).toEqual([
			['2025-01-11', '丙协作中心', '合并并解决冲突'],
			['2025-01-10', '乙支持中心', '乙：说明身份'],
			['2025-01-09', '甲中心', '甲：出示工作证'],
			['2025-01-01', '初始内容（整理自：测试资料）', '导入初始内容'],
		]);
		const merge = dom(html).querySelector('[data-change]')!;
		expect(merge.querySelector('[data-change-status]')?.textContent).toContain('合并分支时的修改');
		expect([...merge.querySelectorAll('ins')].map((i) => i.textContent)).toEqual(['出示工作证，并']);
		expect(merge.querySelectorAll('[data-field], del')).toHaveLength(0);
		expect([...merge.querySelectorAll('[data-diff-block="changed"]')].map((p) => p.textContent)).toEqual(['先敲门，出示工作证，并说明来意和身份。']);
	});

	it('4. a revert gives the section back to its first text: no section note, credited once in the header', () => {
		expect(sectionNotes('/guide/privacy/')).toEqual([]);
		expect(textOf(site.html('/guide/privacy/'), '[data-imported]')).toBe('来源初始内容（整理自：测试资料）');
		expect(lastUpdated('/guide/privacy/')).toContain('2025-01-14（未登记的编辑）· 修订记录（3 次）');
	});

	it('5. a section moved to another edition folder keeps its history', () => {
		expect(historyOf('/history/guide/2025/04-old-only/')).toEqual([
			['2025-01-15', '乙支持中心', '旧版章节移入 2025 版'],
			['2025-01-01', '初始内容（整理自：测试资料）', '导入初始内容'],
		]);
		const moved = dom(site.html('/history/guide/2025/04-old-only/')).querySelector('[data-change]')!;
		expect(moved.textContent).toContain('原文件 2024/03-old-only.md');
		expect(moved.querySelector('[data-field="section_no"]')?.textContent?.replace(/\s+/g, '')).toBe('章节编号：3→4');
		expect(sectionNotes('/guide/old-only/')).toEqual([]);
	});

	it('6. a file deleted and re-created keeps its earlier life', () => {
		expect(historyOf('/history/briefs/brief-one/')).toEqual([
			['2025-01-17', '甲中心', '恢复建议并补充'],
			['2025-01-16', '未登记的编辑', '误删建议'],
			['2025-01-01', '初始内容（整理自：测试资料）', '导入初始内容'],
		]);
		expect(lastUpdated('/briefs/brief-one/')).toContain('2025-01-17（甲中心）');
	});

	it('7. a cherry-picked change is listed once', () => {
		expect(historyOf('/history/curriculum/modules/mod-one/').map((e) => e[2])).toEqual(['甲：模块说明', '导入初始内容']);
		expect(lastUpdated('/tools/tool-one/')).toContain('2025-01-19（甲中心）');
	});

	it('8. commits in other offsets are dated in Beijing time', () => {
		expect(lastUpdated('/events/event-one/')).toContain('2025-01-23（丙协作中心）');
		expect(dom(site.html('/history/events/event-one/')).querySelector('[data-change] time')?.getAttribute('datetime')).toBe('2025-01-22T20:00:00-05:00');
		expect(lastUpdated('/privacy/')).toContain('2025-01-22（乙支持中心）');
	});

	it('9. a rebased branch is credited to its author', () => {
		expect(historyOf('/history/cases/case-two/')).toEqual([
			['2025-01-24', '乙支持中心', '乙：案例二草稿'],
			['2025-01-01', '初始内容（整理自：测试资料）', '导入初始内容'],
		]);
	});

	it('10. a fast-forward merge is the branch author’s edit', () => {
		expect(lastUpdated('/learn/mod-one/session-one/')).toContain('2025-01-27（甲中心）');
	});

	it('11. a discarded branch leaves no trace', () => {
		expect(historyOf('/history/pages/about/')).toEqual([['2025-01-01', '初始内容（整理自：测试资料）', '导入初始内容']]);
		expect(textOf(site.html('/about/'), '[data-imported]')).toBe('来源初始内容（整理自：测试资料）');
	});

	it('12. a no-fast-forward merge: the branch author’s frontmatter change, shown with the schema’s label', () => {
		expect(lastUpdated('/orgs/org-a/')).toContain('2025-01-31（乙支持中心）');
		const change = dom(site.html('/history/organisations/org-a/')).querySelector('[data-change]')!;
		expect(change.querySelector('[data-field="description"]')?.textContent?.replace(/\s+/g, '')).toBe('机构简介：测试用伙伴机构。→测试用伙伴机构，服务朝阳区的高龄老人。');
		expect(change.textContent).not.toContain('description:');
	});
});
