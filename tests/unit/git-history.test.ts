/**
 * The history layer on a throwaway repository with pinned dates and authors: two organisations'
 * editors, an unknown author, a renamed file, a moved section, a copied edition and a merge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentHistory, type ContentHistory } from '../../src/lib/git/history';
import { authorResolver } from '../../src/lib/attribution/identities';
import { creditResolver } from '../../src/lib/attribution/credit';
import { sectionAuthorship } from '../../src/lib/attribution/sections';
import { changeAuthors } from '../../src/lib/attribution/change-authors';
import { recentUpdates } from '../../src/lib/attribution/changes';
import { lastChangeOf } from '../../src/lib/attribution/last-change';
import { commit, editorA, editorB, git, initRepo, stranger, writeFiles } from '../helpers/git-repo';

const organisationOf = authorResolver([
	{ id: 'org-a', editors: ['editor-a@org-a.example'] },
	{ id: 'org-b', editors: ['Editor-B@org-b.example', 'orgb-login'] },
]);
const creditOf = creditResolver(organisationOf, []);

const guide = (sections: string[]) => `---\ntitle: 入户\n---\n${sections.join('\n')}`;
const purpose = '## 目的\n\n本指引帮助社工做好入户探访，减少重复试错。\n';
const scope = '## 范围\n\n适用于网络中所有成员机构的入户工作。\n';
const visit = '## 进门之前\n\n先敲门，说明来意。\n\n等老人同意后再进门。\n';

let repo: string;
let history: ContentHistory;

beforeAll(async () => {
	repo = initRepo();
	writeFiles(repo, {
		'content/cases/one.md': '---\nslug: one\n---\n背景一段。\n',
		'content/guide/2024/intro.md': guide([purpose, scope]),
		'content/guide/2024/visit.md': guide([visit]),
		'README.md': '不在内容目录里。\n',
	});
	commit(repo, editorA, '2024-01-10', '新建指引和案例');

	writeFiles(repo, { 'content/guide/2024/visit.md': guide([visit.replace('先敲门，说明来意。', '先敲门，出示工作证，说明来意。')]) });
	commit(repo, editorB, '2024-03-01', '指引：进门前先出示工作证');

	git(repo, ['mv', 'content/cases/one.md', 'content/cases/first.md']);
	writeFiles(repo, { 'content/cases/first.md': '---\nslug: one\n---\n背景一段。\n\n补充一段。\n' });
	commit(repo, stranger, '2024-04-01', '案例改名并补充');

	// Editor B moves the 范围 section above 目的: the text is still editor A's.
	writeFiles(repo, { 'content/guide/2024/intro.md': guide([scope, purpose]) });
	commit(repo, editorB, '2024-05-01', '调整章节顺序');

	// A new edition starts as a copy; only the new sentence is editor B's.
	writeFiles(repo, { 'content/guide/2025/intro.md': guide([scope, purpose.replace('减少重复试错。', '减少重复试错。第二版强调先与居委会沟通。')]) });
	commit(repo, editorB, '2025-02-01', '2025 版：新增居委会沟通要求');

	// A branch merged by someone else: the branch author keeps the credit.
	git(repo, ['checkout', '-q', '-b', 'draft']);
	writeFiles(repo, { 'content/guide/2025/intro.md': readFileSync(join(repo, 'content/guide/2025/intro.md'), 'utf-8') + '\n## 附录\n\n甲中心补充的附录。\n' });
	commit(repo, editorA, '2025-03-01', '补充附录');
	git(repo, ['checkout', '-q', 'main']);
	writeFiles(repo, { 'content/cases/first.md': '---\nslug: one\n---\n背景一段。\n\n补充一段。\n\n第三段。\n' });
	commit(repo, stranger, '2025-03-02', '案例补充第三段');
	git(repo, ['merge', '-q', '--no-ff', 'draft', '-m', '合并附录'], {
		GIT_AUTHOR_NAME: stranger.name,
		GIT_AUTHOR_EMAIL: stranger.email,
		GIT_AUTHOR_DATE: '2025-03-03T12:00:00+08:00',
		GIT_COMMITTER_NAME: stranger.name,
		GIT_COMMITTER_EMAIL: stranger.email,
		GIT_COMMITTER_DATE: '2025-03-03T12:00:00+08:00',
	});

	history = await readContentHistory(join(repo, 'content'));
});

describe('content history from one git log', () => {
	it('knows every content file, and only content files', () => {
		expect([...history.files.keys()].sort()).toEqual(['cases/first.md', 'guide/2024/intro.md', 'guide/2024/visit.md', 'guide/2025/intro.md']);
		expect(history.status).toBe('complete');
	});

	it('follows a renamed file back to its creation', () => {
		const file = history.files.get('cases/first.md')!;
		expect(file.created?.slice(0, 10)).toBe('2024-01-10');
		expect(file.updated?.slice(0, 10)).toBe('2025-03-02');
		expect(file.changes.map((c) => [c.commit.date.slice(0, 10), c.status, c.commit.subject])).toEqual([
			['2025-03-02', 'M', '案例补充第三段'],
			['2024-04-01', 'R', '案例改名并补充'],
			['2024-01-10', 'A', '新建指引和案例'],
		]);
		expect(file.changes[1].previousPath).toBe('content/cases/one.md');
	});

	it('maps authors to organisations and leaves unknown authors unknown', () => {
		expect(lastChangeOf(history, 'guide/2024/visit.md', creditOf)).toEqual({ kind: 'known', date: '2024-03-01', org: 'org-b', credit: { kind: 'org', org: 'org-b' }, changes: 2 });
		expect(lastChangeOf(history, 'cases/first.md', creditOf)).toEqual({ kind: 'known', date: '2025-03-02', org: undefined, credit: { kind: 'unregistered' }, changes: 3 });
		expect(lastChangeOf(history, 'cases/nope.md', creditOf)).toEqual({ kind: 'uncommitted' });
		expect(organisationOf({ authorName: 'x', authorEmail: '12345+orgb-login@users.noreply.github.com' })).toBe('org-b');
	});

	it('credits each guide section to the organisations that wrote its current text, through moves', () => {
		const intro = history.files.get('guide/2024/intro.md')!;
		const text = readFileSync(join(repo, 'content/guide/2024/intro.md'), 'utf-8');
		expect(sectionAuthorship(text, intro.state, creditOf).map((s) => [s.heading, s.orgs])).toEqual([
			['范围', ['org-a']],
			['目的', ['org-a']],
		]);
		const visitFile = history.files.get('guide/2024/visit.md')!;
		expect(sectionAuthorship(readFileSync(join(repo, 'content/guide/2024/visit.md'), 'utf-8'), visitFile.state, creditOf)).toEqual([
			{ heading: '进门之前', orgs: ['org-a', 'org-b'], unknownEditors: false, imported: false, unknownHistory: false },
		]);
	});

	it('keeps original authors in a copied edition and credits a merged branch to its author', () => {
		const file = history.files.get('guide/2025/intro.md')!;
		const text = readFileSync(join(repo, 'content/guide/2025/intro.md'), 'utf-8');
		expect(sectionAuthorship(text, file.state, creditOf).map((s) => [s.heading, s.orgs])).toEqual([
			['范围', ['org-a']],
			['目的', ['org-a', 'org-b']],
			['附录', ['org-a']],
		]);
		expect(file.changes.map((c) => c.commit.subject)).toEqual(['补充附录', '2025 版：新增居委会沟通要求']);
		const before = readFileSync(join(repo, 'content/guide/2024/intro.md'), 'utf-8');
		expect(changeAuthors(before, file.state, creditOf)).toEqual({ orgs: ['org-b', 'org-a'], unknownEditors: false, imported: false, unknownHistory: false });
	});

	it('counts uncommitted lines as unknown, not as someone else’s', () => {
		const file = history.files.get('guide/2024/visit.md')!;
		const edited = readFileSync(join(repo, 'content/guide/2024/visit.md'), 'utf-8').replace('等老人同意后再进门。', '等老人同意后再进门，不要催促。');
		expect(sectionAuthorship(edited, file.state, creditOf)[0]).toMatchObject({ orgs: ['org-a', 'org-b'], unknownHistory: true });
	});

	it('lists recent updates across the site, newest first, each with its organisation', () => {
		expect(recentUpdates(history, creditOf, 4).map((u) => [u.date, u.org ?? '未登记', u.commit.subject, u.paths])).toEqual([
			['2025-03-02', '未登记', '案例补充第三段', ['cases/first.md']],
			['2025-03-01', 'org-a', '补充附录', ['guide/2025/intro.md']],
			['2025-02-01', 'org-b', '2025 版：新增居委会沟通要求', ['guide/2025/intro.md']],
			['2024-05-01', 'org-b', '调整章节顺序', ['guide/2024/intro.md']],
		]);
	});
});

describe('incomplete history', () => {
	it('says when there is no git at all', async () => {
		const { mkdtempSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const none = await readContentHistory(mkdtempSync(join(tmpdir(), 'no-git-')));
		expect(none.status).toBe('unavailable');
		expect(none.warning).toContain('不在 git 仓库中');
	});

	it('on a shallow clone, knows no creation date and no author beyond the edge', async () => {
		const { mkdtempSync } = await import('node:fs');
		const { tmpdir } = await import('node:os');
		const clone = join(mkdtempSync(join(tmpdir(), 'shallow-')), 'repo');
		git(repo, ['clone', '-q', '--depth', '1', `file://${repo}`, clone]);
		const shallow = await readContentHistory(join(clone, 'content'));
		expect(shallow.status).toBe('shallow');
		expect(shallow.warning).toContain('浅克隆');
		const file = shallow.files.get('guide/2024/visit.md')!;
		expect(file.created).toBeUndefined();
		expect(file.updated).toBeUndefined();
		expect(lastChangeOf(shallow, 'guide/2024/visit.md', creditOf)).toEqual({ kind: 'beyond-clone' });
		expect(sectionAuthorship(readFileSync(join(clone, 'content/guide/2024/visit.md'), 'utf-8'), file.state, creditOf)[0]).toMatchObject({
			orgs: [],
			unknownHistory: true,
		});
	});
});
