/**
 * Turns a local editor's saves (files decap-server wrote into content/ and public/files/) into one
 * commit, authored by their git identity. The site credits each commit to the organisation that
 * lists that identity among its `editors`, so the commit is refused when no organisation does, and
 * when the content would not build. Only content is committed, never other changes in the working
 * copy — unlike decap-server's git mode, which commits everything with `git add .`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collections } from '../../../../src/schemas';
import { checkContent, formatProblems } from '../../../../src/lib/content/check';
import { editorOrganisation } from './editor-organisation';
import { gitEmail } from './git-identity';

export type CommitResult =
	| { status: 'committed'; message: string; files: string[] }
	| { status: 'nothing-to-commit' }
	| { status: 'refused'; reason: string };

/** Paths of the working copy that content edits touch: the content folder and the uploads. */
const contentPaths = (repoDir: string, contentDir: string) =>
	[relative(repoDir, contentDir), 'public/files'].filter((path) => existsSync(join(repoDir, path)));

const git = (repoDir: string, args: string[]) => execFileSync('git', args, { cwd: repoDir, encoding: 'utf-8' });

/** `content/cases/foo.md` → `案例 foo`; files outside any collection keep their path. */
function describeFile(path: string, contentFolder: string): string {
	const inContent = path.startsWith(`${contentFolder}/`) ? path.slice(contentFolder.length + 1) : path;
	for (const collection of collections) {
		if (collection.kind === 'file' && inContent === collection.file) return collection.label;
		if (collection.kind === 'folder' && inContent.startsWith(`${collection.dir}/`)) {
			return `${collection.labelSingular} ${inContent.slice(collection.dir.length + 1).replace(/\.(md|yaml)$/, '')}`;
		}
	}
	return path;
}

export function commitMessage(orgName: string, contentFolder: string, changes: { path: string; added: boolean; deleted: boolean }[]): string {
	const verb = (change: (typeof changes)[number]) => (change.added ? '新增' : change.deleted ? '删除' : '修改');
	const lines = changes.map((change) => `${verb(change)}${describeFile(change.path, contentFolder)}`);
	const summary = lines.length <= 3 ? lines.join('；') : `${lines.slice(0, 3).join('；')} 等 ${lines.length} 处`;
	return `${summary}（${orgName}）\n\n${lines.map((line) => `- ${line}`).join('\n')}\n`;
}

export function commitContent({ repoDir, contentDir }: { repoDir: string; contentDir: string }): CommitResult {
	const email = gitEmail(repoDir);
	if (!email) return { status: 'refused', reason: '还没有设置 git 邮箱。请先运行：git config user.email 你的邮箱' };
	const org = editorOrganisation(contentDir, email);
	if (!org) {
		return {
			status: 'refused',
			reason: `git 邮箱 ${email} 不在任何机构的编辑名单中，提交的修改将无法记在你的机构名下。请把它加入 ${relative(repoDir, contentDir)}/organisations/<你的机构>.yaml 的 editors（编辑身份；也可以在内容管理的“机构名录”中填写），再提交。`,
		};
	}
	const { problems } = checkContent(contentDir);
	if (problems.length) return { status: 'refused', reason: `${formatProblems(problems, relative(repoDir, contentDir))}\n请先修改以上问题，再提交。` };

	const paths = contentPaths(repoDir, contentDir);
	git(repoDir, ['add', '--all', '--', ...paths]);
	const staged = git(repoDir, ['diff', '--cached', '--name-status', '--no-renames', '--', ...paths])
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [status, path] = line.split('\t');
			return { path, added: status === 'A', deleted: status === 'D' };
		});
	if (!staged.length) return { status: 'nothing-to-commit' };
	const message = commitMessage(org.name, relative(repoDir, contentDir), staged);
	// Naming the paths commits only them, whatever else happens to be staged.
	git(repoDir, ['commit', '--quiet', '--message', message, '--', ...paths]);
	return { status: 'committed', message, files: staged.map((change) => change.path) };
}
