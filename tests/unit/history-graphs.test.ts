/**
 * The history layer on every commit-graph shape a real repository has: code commits between
 * content commits, merges with and without fast-forward, both sides changing one file, a conflict
 * resolved by the merger, reverts, renames and moves, a file deleted and re-created, cherry-picks,
 * other UTC offsets, a rebased branch, a discarded branch and a declared import. Each scenario is
 * a throwaway repository with pinned authors, e-mails, dates and offsets.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentHistory, type ContentHistory } from '../../src/lib/git/history';
import { authorResolver } from '../../src/lib/attribution/identities';
import { creditResolver, creditText, type CreditOf } from '../../src/lib/attribution/credit';
import { sectionAuthorship } from '../../src/lib/attribution/sections';
import { recentEditsBy, recentUpdates } from '../../src/lib/attribution/changes';
import { lastChangeOf } from '../../src/lib/attribution/last-change';
import { fileDiff } from '../../src/lib/diff/file-diff';
import { commit, editorA, editorB, editorC, git, importer, initRepo, merge, stranger, writeFiles } from '../helpers/git-repo';

const organisationOf = authorResolver([
	{ id: 'org-a', editors: [editorA.email] },
	{ id: 'org-b', editors: [editorB.email] },
	{ id: 'org-c', editors: [editorC.email] },
]);
const names = new Map([
	['org-a', '甲'],
	['org-b', '乙'],
	['org-c', '丙'],
]);

const page = (...sections: string[]) => `---\ntitle: 测试\n---\n${sections.join('\n')}`;
const section = (heading: string, ...paragraphs: string[]) => `## ${heading}\n\n${paragraphs.join('\n\n')}\n`;

interface Scenario {
	repo: string;
	history: ContentHistory;
	creditOf: CreditOf;
	/** [date, who, subject, merge?] newest first. */
	changes(path: string): string[][];
	last(path: string): string;
	sections(path: string): [string, string[]][];
	updates(): string[];
	editsOf(org: string): string[];
}

async function read(repo: string, imports: { commit: string; sources: string[] }[] = []): Promise<Scenario> {
	const history = await readContentHistory(join(repo, 'content'));
	const creditOf = creditResolver(organisationOf, imports);
	const who = (commit: Parameters<CreditOf>[0]) => creditText(creditOf(commit), names);
	return {
		repo,
		history,
		creditOf,
		changes: (path) => (history.files.get(path)?.changes ?? []).map((c) => [c.commit.date, who(c.commit), c.commit.subject, ...(c.merge ? ['合并时'] : [])]),
		last: (path) => {
			const last = lastChangeOf(history, path, creditOf);
			return last.kind === 'known' ? `${last.date} ${creditText(last.credit, names)}` : last.kind;
		},
		sections: (path) =>
			sectionAuthorship(readFileSync(join(repo, 'content', path), 'utf-8'), history.files.get(path)!.state, creditOf).map((s) => [
				s.heading,
				[...s.orgs.map((o) => names.get(o)!), ...(s.unknownEditors ? ['未登记'] : []), ...(s.imported ? ['初始内容'] : []), ...(s.unknownHistory ? ['不可知'] : [])],
			]),
		updates: () => recentUpdates(history, creditOf, 100).map((u) => `${u.date} ${creditText(u.credit, names)} ${u.commit.subject}`),
		editsOf: (org) => recentEditsBy(history, creditOf, org, 100).map((u) => `${u.date} ${u.commit.subject}`),
	};
}

const code = (repo: string, author = stranger, date = '2024-01-15', text = `代码改动 ${date}\n`) => {
	writeFiles(repo, { 'src/app.ts': `// ${text}` });
	commit(repo, author, date, `Code change ${date}`);
};

describe('history through any commit graph', () => {
	it('1. content commits whose parents only changed code (the everyday editor commit)', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。')), 'content/cases/b.md': page(section('背景', '别的页面。')) });
		commit(repo, editorA, '2024-01-10', '导入案例');
		code(repo);
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。', '乙补充一段。')) });
		commit(repo, editorB, '2024-02-01', '乙补充');
		code(repo, stranger, '2024-02-15');
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。', '乙补充一段。', '乙又补充一段。')) });
		commit(repo, editorB, '2024-03-01', '乙再补充');
		const s = await read(repo);
		expect(s.changes('cases/a.md').map((c) => c[2])).toEqual(['乙再补充', '乙补充', '导入案例']);
		expect(s.changes('cases/b.md').map((c) => c[2])).toEqual(['导入案例']);
		expect(s.last('cases/b.md')).toBe('2024-01-10 甲');
		expect(s.last('cases/a.md')).toBe('2024-03-01 乙');
		expect(s.sections('cases/a.md')).toEqual([['背景', ['甲', '乙']]]);
		expect(s.updates()).toEqual(['2024-03-01 乙 乙再补充', '2024-02-01 乙 乙补充', '2024-01-10 甲 导入案例']);
	});

	it('2. a fast-forward merge of an editor branch', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		git(repo, ['checkout', '-q', '-b', 'cms/cases/a']);
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。', '乙在分支上补充。')) });
		commit(repo, editorB, '2024-02-01', '乙补充');
		git(repo, ['checkout', '-q', 'main']);
		merge(repo, editorC, '2024-02-02', 'cms/cases/a', '合并', { ff: true });
		const s = await read(repo);
		expect(s.changes('cases/a.md').map((c) => c.slice(1))).toEqual([['乙', '乙补充'], ['甲', '新建']]);
		expect(s.sections('cases/a.md')).toEqual([['背景', ['甲', '乙']]]);
		expect(s.editsOf('org-c')).toEqual([]);
	});

	it('3. a merge without fast-forward, the main line having changed only code', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		git(repo, ['checkout', '-q', '-b', 'draft']);
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。', '乙在分支上补充。')) });
		commit(repo, editorB, '2024-02-01', '乙补充');
		git(repo, ['checkout', '-q', 'main']);
		code(repo, stranger, '2024-02-03');
		merge(repo, editorC, '2024-02-05', 'draft', '合并乙的分支');
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。', '乙在分支上补充。', '丙随后补充。')) });
		commit(repo, editorC, '2024-02-10', '丙补充');
		const s = await read(repo);
		expect(s.changes('cases/a.md').map((c) => c.slice(1))).toEqual([['丙', '丙补充'], ['乙', '乙补充'], ['甲', '新建']]);
		expect(s.updates().map((u) => u.split(' ').slice(1).join(' '))).toEqual(['丙 丙补充', '乙 乙补充', '甲 新建']);
		expect(s.sections('cases/a.md')).toEqual([['背景', ['甲', '乙', '丙']]]);
	});

	it('4. a merge where both sides changed the same file: credited to the branch author, not the merger', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/guide/2025/a.md': page(section('目的', '甲写的目的。'), section('范围', '甲写的范围。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		git(repo, ['checkout', '-q', '-b', 'cms/guide/a']);
		writeFiles(repo, { 'content/guide/2025/a.md': page(section('目的', '甲写的目的。'), section('范围', '甲写的范围。', '乙补充的范围。')) });
		commit(repo, editorB, '2024-02-01', '乙补充范围');
		git(repo, ['checkout', '-q', 'main']);
		writeFiles(repo, { 'content/guide/2025/a.md': page(section('目的', '甲写的目的，甲又改了。'), section('范围', '甲写的范围。')) });
		commit(repo, editorA, '2024-02-02', '甲改目的');
		merge(repo, editorC, '2024-02-03', 'cms/guide/a', '合并乙的修改');
		const s = await read(repo);
		expect(s.changes('guide/2025/a.md')).toEqual([
			['2024-02-02T12:00:00+08:00', '甲', '甲改目的'],
			['2024-02-01T12:00:00+08:00', '乙', '乙补充范围'],
			['2024-01-10T12:00:00+08:00', '甲', '新建'],
		]);
		expect(s.last('guide/2025/a.md')).toBe('2024-02-02 甲');
		expect(s.sections('guide/2025/a.md')).toEqual([
			['目的', ['甲']],
			['范围', ['甲', '乙']],
		]);
		expect(s.updates().map((u) => u.split(' ').slice(1).join(' '))).toEqual(['甲 甲改目的', '乙 乙补充范围', '甲 新建']);
		expect(s.editsOf('org-c')).toEqual([]);
		expect(s.editsOf('org-b')).toEqual(['2024-02-01 乙补充范围']);
	});

	it('5. a conflict resolved by the merger: the merger is credited only for the words it wrote', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/guide/2025/a.md': page(section('目的', '原来的一句话。'), section('范围', '甲写的范围。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		git(repo, ['checkout', '-q', '-b', 'draft']);
		writeFiles(repo, { 'content/guide/2025/a.md': page(section('目的', '乙改写的一句话。'), section('范围', '甲写的范围。', '乙补充的范围。')) });
		commit(repo, editorB, '2024-02-01', '乙改写目的并补充范围');
		git(repo, ['checkout', '-q', 'main']);
		writeFiles(repo, { 'content/guide/2025/a.md': page(section('目的', '甲改写的一句话。'), section('范围', '甲写的范围。')) });
		commit(repo, editorA, '2024-02-02', '甲改写目的');
		merge(repo, editorC, '2024-02-03', 'draft', '合并并解决冲突', {
			resolve: { 'content/guide/2025/a.md': page(section('目的', '丙综合两版写的一句话。'), section('范围', '甲写的范围。', '乙补充的范围。')) },
		});
		const s = await read(repo);
		const changes = s.changes('guide/2025/a.md');
		expect(changes.map((c) => c.slice(1))).toEqual([['丙', '合并并解决冲突', '合并时'], ['甲', '甲改写目的'], ['乙', '乙改写目的并补充范围'], ['甲', '新建']]);
		const own = s.history.files.get('guide/2025/a.md')!.changes[0];
		// The merge's diff holds only what the merger did: its sentence in, the two sides' sentences out.
		expect(own.after).toContain('丙综合两版写的一句话。');
		expect(own.before).not.toContain('丙综合两版写的一句话。');
		expect(own.before).toContain('乙补充的范围。');
		expect(own.before).toContain('甲改写的一句话。');
		// In place: the frontmatter still opens the text, and the diff reads as one rewritten sentence.
		expect(own.before.startsWith('---\ntitle: 测试\n---\n')).toBe(true);
		const diff = fileDiff('guide/2025/a.md', own.before, own.after);
		expect(diff.fields).toEqual([]);
		expect(diff.blocks.filter((b) => b.status !== 'same')).toEqual([
			{ status: 'changed', kind: 'paragraph', parts: [{ type: 'removed', text: '甲改' }, { type: 'added', text: '丙综合两版' }, { type: 'same', text: '写的一句话。' }] },
		]);
		// The heading line is still the one 甲 wrote; the sentence under it is the merger's.
		expect(s.sections('guide/2025/a.md')).toEqual([
			['目的', ['甲', '丙']],
			['范围', ['甲', '乙']],
		]);
		expect(s.editsOf('org-c')).toEqual(['2024-02-03 合并并解决冲突']);
		expect(s.editsOf('org-b')).toEqual(['2024-02-01 乙改写目的并补充范围']);
	});

	it('6. a revert gives the words back to their author', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/guide/2025/a.md': page(section('目的', '甲写的目的。'), section('范围', '甲写的范围。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		writeFiles(repo, { 'content/guide/2025/a.md': page(section('目的', '乙改过的目的。'), section('范围', '甲写的范围。')) });
		commit(repo, editorB, '2024-02-01', '乙改目的');
		code(repo, stranger, '2024-02-02');
		git(repo, ['revert', '--no-edit', 'HEAD~1'], { GIT_AUTHOR_NAME: editorC.name, GIT_AUTHOR_EMAIL: editorC.email, GIT_AUTHOR_DATE: '2024-02-03T12:00:00+08:00', GIT_COMMITTER_DATE: '2024-02-03T12:00:00+08:00' });
		const s = await read(repo);
		expect(s.changes('guide/2025/a.md').map((c) => c.slice(1, 3))).toEqual([['丙', 'Revert "乙改目的"'], ['乙', '乙改目的'], ['甲', '新建']]);
		expect(s.sections('guide/2025/a.md')).toEqual([
			['目的', ['甲']],
			['范围', ['甲']],
		]);
	});

	it('7. a file renamed and moved to another folder keeps its history and authors', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/guide/2024/visit.md': page(section('进门', '甲写的进门。', '甲写的第二段。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		mkdirSync(join(repo, 'content/guide/2025'), { recursive: true });
		git(repo, ['mv', 'content/guide/2024/visit.md', 'content/guide/2025/entering.md']);
		commit(repo, editorB, '2024-02-01', '移到 2025 版并改名');
		writeFiles(repo, { 'content/guide/2025/entering.md': page(section('进门', '甲写的进门。', '甲写的第二段。', '乙补充。')) });
		commit(repo, editorB, '2024-02-02', '乙补充');
		const s = await read(repo);
		expect([...s.history.files.keys()]).toEqual(['guide/2025/entering.md']);
		expect(s.changes('guide/2025/entering.md').map((c) => c[2])).toEqual(['乙补充', '移到 2025 版并改名', '新建']);
		expect(s.history.files.get('guide/2025/entering.md')!.created).toBe('2024-01-10T12:00:00+08:00');
		expect(s.sections('guide/2025/entering.md')).toEqual([['进门', ['甲', '乙']]]);
	});

	it('8. a file deleted and re-created keeps its earlier life, and its restored words their author', async () => {
		const repo = initRepo();
		const text = page(section('背景', '甲写的背景。'));
		writeFiles(repo, { 'content/cases/a.md': text, 'content/cases/b.md': page(section('背景', '另一页。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		git(repo, ['rm', '-q', 'content/cases/a.md']);
		commit(repo, stranger, '2024-02-01', '误删');
		writeFiles(repo, { 'content/cases/a.md': text.replace('甲写的背景。', '甲写的背景。\n\n乙恢复时补充。') });
		commit(repo, editorB, '2024-03-01', '恢复并补充');
		const s = await read(repo);
		expect(s.changes('cases/a.md').map((c) => c.slice(1, 3))).toEqual([['乙', '恢复并补充'], ['未登记的编辑', '误删'], ['甲', '新建']]);
		expect(s.history.files.get('cases/a.md')!.changes.map((c) => c.status)).toEqual(['A', 'D', 'A']);
		expect(s.sections('cases/a.md')).toEqual([['背景', ['甲', '乙']]]);
		expect(s.last('cases/a.md')).toBe('2024-03-01 乙');
	});

	it('9. a cherry-picked change is listed once, credited to its author', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。')), 'content/cases/b.md': page(section('背景', '乙页。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		git(repo, ['checkout', '-q', '-b', 'draft']);
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。', '乙的修正。')) });
		commit(repo, editorB, '2024-02-01', '乙的修正');
		writeFiles(repo, { 'content/cases/b.md': page(section('背景', '乙页。', '乙页补充。')) });
		commit(repo, editorB, '2024-02-02', '乙页补充');
		git(repo, ['checkout', '-q', 'main']);
		git(repo, ['cherry-pick', 'draft~1'], { GIT_COMMITTER_NAME: editorC.name, GIT_COMMITTER_EMAIL: editorC.email, GIT_COMMITTER_DATE: '2024-02-03T12:00:00+08:00' });
		writeFiles(repo, { 'content/cases/c.md': page(section('其他', '丙的新页。')) });
		commit(repo, editorC, '2024-02-04', '丙加一页');
		merge(repo, editorC, '2024-02-05', 'draft', '合并 draft');
		const s = await read(repo);
		expect(s.changes('cases/a.md').map((c) => c.slice(1, 3))).toEqual([['乙', '乙的修正'], ['甲', '新建']]);
		expect(s.updates().filter((u) => u.includes('乙的修正'))).toHaveLength(1);
		expect(s.sections('cases/b.md')).toEqual([['背景', ['甲', '乙']]]);
		expect(s.changes('cases/b.md').map((c) => c.slice(1, 3))).toEqual([['乙', '乙页补充'], ['甲', '新建']]);
		expect(s.editsOf('org-c')).toEqual(['2024-02-04 丙加一页']);
	});

	it('9b. a cherry-pick into a file both sides go on changing is still listed once', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/cases/a.md': page(section('一', '第一段。'), section('二', '第二段。'), section('三', '第三段。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		git(repo, ['checkout', '-q', '-b', 'draft']);
		writeFiles(repo, { 'content/cases/a.md': page(section('一', '第一段，乙改。'), section('二', '第二段。'), section('三', '第三段。')) });
		commit(repo, editorB, '2024-02-01', '乙改第一段');
		writeFiles(repo, { 'content/cases/a.md': page(section('一', '第一段，乙改。'), section('二', '第二段，乙改。'), section('三', '第三段。')) });
		commit(repo, editorB, '2024-02-02', '乙改第二段');
		git(repo, ['checkout', '-q', 'main']);
		writeFiles(repo, { 'content/cases/a.md': page(section('一', '第一段。'), section('二', '第二段。'), section('三', '第三段，甲改。')) });
		commit(repo, editorA, '2024-02-04', '甲改第三段');
		// Picked onto a different text: the copy's hash and resulting text both differ from the original's.
		git(repo, ['cherry-pick', 'draft~1'], { GIT_COMMITTER_DATE: '2024-02-04T18:00:00+08:00' });
		merge(repo, editorC, '2024-02-05', 'draft', '合并 draft');
		const s = await read(repo);
		expect(s.changes('cases/a.md').map((c) => c.slice(1, 3))).toEqual([['甲', '甲改第三段'], ['乙', '乙改第二段'], ['乙', '乙改第一段'], ['甲', '新建']]);
		expect(s.sections('cases/a.md')).toEqual([
			['一', ['甲', '乙']],
			['二', ['甲', '乙']],
			['三', ['甲']],
		]);
	});

	it('10. commits made in other UTC offsets are ordered by the instant and dated in Beijing time', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '第一段。')) });
		commit(repo, editorA, '2024-03-01T21:00:00+08:00', '北京晚上九点');
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '第一段。', '第二段。')) });
		// Earlier on the wall clock, later in time: 14:30 in London is 22:30 in Beijing.
		commit(repo, editorB, '2024-03-01T14:30:00+00:00', '伦敦下午两点半');
		writeFiles(repo, { 'content/cases/b.md': page(section('背景', '纽约。')) });
		// 20:00 in New York on 1 March is 09:00 on 2 March in Beijing.
		commit(repo, editorC, '2024-03-01T20:00:00-05:00', '纽约晚上八点');
		const s = await read(repo);
		expect(s.updates()).toEqual(['2024-03-02 丙 纽约晚上八点', '2024-03-01 乙 伦敦下午两点半', '2024-03-01 甲 北京晚上九点']);
		expect(s.changes('cases/a.md').map((c) => c[0])).toEqual(['2024-03-01T14:30:00+00:00', '2024-03-01T21:00:00+08:00']);
		expect(s.last('cases/b.md')).toBe('2024-03-02 丙');
	});

	it('11. a rebased branch: only the rewritten commits count, credited to their authors', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。'), section('结果', '甲写的结果。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		git(repo, ['checkout', '-q', '-b', 'draft']);
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。', '乙的草稿。'), section('结果', '甲写的结果。')) });
		commit(repo, editorB, '2024-02-01', '乙的草稿');
		git(repo, ['checkout', '-q', 'main']);
		code(repo, stranger, '2024-02-02');
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。'), section('结果', '甲写的结果。', '丙补充的结果。')) });
		commit(repo, editorC, '2024-02-03', '丙补充结果');
		git(repo, ['checkout', '-q', 'draft']);
		git(repo, ['rebase', '-q', 'main'], { GIT_COMMITTER_NAME: editorB.name, GIT_COMMITTER_EMAIL: editorB.email, GIT_COMMITTER_DATE: '2024-02-04T12:00:00+08:00' });
		git(repo, ['checkout', '-q', 'main']);
		merge(repo, editorC, '2024-02-05', 'draft', '合并', { ff: true });
		const s = await read(repo);
		expect(s.changes('cases/a.md').map((c) => c.slice(1, 3))).toEqual([['丙', '丙补充结果'], ['乙', '乙的草稿'], ['甲', '新建']]);
		expect(s.sections('cases/a.md')).toEqual([
			['背景', ['甲', '乙']],
			['结果', ['甲', '丙']],
		]);
		expect(s.last('cases/a.md')).toBe('2024-02-03 丙');
	});

	it('12. a branch whose changes the merge discarded is not credited', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		git(repo, ['checkout', '-q', '-b', 'draft']);
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '乙的改写，后来没有采用。')) });
		commit(repo, editorB, '2024-02-01', '乙的改写');
		git(repo, ['checkout', '-q', 'main']);
		code(repo, stranger, '2024-02-02');
		git(repo, ['merge', '-q', '--no-ff', '-s', 'ours', 'draft', '-m', '合并但保留原文'], { GIT_AUTHOR_NAME: editorC.name, GIT_AUTHOR_EMAIL: editorC.email });
		const s = await read(repo);
		expect(s.changes('cases/a.md').map((c) => c.slice(1, 3))).toEqual([['甲', '新建']]);
		expect(s.sections('cases/a.md')).toEqual([['背景', ['甲']]]);
	});

	it('13. a merge bringing a new file while the main line edits another', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。')) });
		commit(repo, editorA, '2024-01-10', '新建');
		git(repo, ['checkout', '-q', '-b', 'new-case']);
		writeFiles(repo, { 'content/cases/b.md': page(section('背景', '乙的新案例。')) });
		commit(repo, editorB, '2024-02-01', '乙新增案例');
		git(repo, ['checkout', '-q', 'main']);
		writeFiles(repo, { 'content/cases/a.md': page(section('背景', '甲写的背景。', '甲补充。')) });
		commit(repo, editorA, '2024-02-02', '甲补充');
		merge(repo, editorC, '2024-02-03', 'new-case', '合并新案例');
		const s = await read(repo);
		expect(s.changes('cases/b.md').map((c) => c.slice(1, 3))).toEqual([['乙', '乙新增案例']]);
		expect(s.last('cases/b.md')).toBe('2024-02-01 乙');
		expect(s.updates().map((u) => u.split(' ').slice(1).join(' '))).toEqual(['甲 甲补充', '乙 乙新增案例', '甲 新建']);
	});

	it('14. a declared import is credited as initial content, once, not as an unregistered editor', async () => {
		const repo = initRepo();
		writeFiles(repo, { 'content/guide/2025/a.md': page(section('目的', '整理来的目的。'), section('范围', '整理来的范围。')) });
		commit(repo, importer, '2024-01-10', 'Starter corpus');
		const hash = git(repo, ['rev-parse', 'HEAD']).trim();
		writeFiles(repo, { 'content/guide/2025/a.md': page(section('目的', '整理来的目的。', '乙补充。'), section('范围', '整理来的范围。')) });
		commit(repo, editorB, '2024-02-01', '乙补充');
		const s = await read(repo, [{ commit: hash.slice(0, 7), sources: ['某研究报告'] }]);
		expect(s.changes('guide/2025/a.md').map((c) => c[1])).toEqual(['乙', '初始内容（整理自：某研究报告）']);
		expect(s.sections('guide/2025/a.md')).toEqual([
			['目的', ['乙', '初始内容']],
			['范围', ['初始内容']],
		]);
		const undeclared = await read(repo);
		expect(undeclared.sections('guide/2025/a.md')[1]).toEqual(['范围', ['未登记']]);
	});
});
