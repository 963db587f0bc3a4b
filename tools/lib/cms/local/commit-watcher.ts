/**
 * Calls back when the working copy's HEAD moves to another commit: `npm run commit:content`, a
 * commit from any git tool, a pull, a reset. Such a commit changes no file in content/, so the
 * content watch never rebuilt the site, which kept showing the saved entries as 尚未提交.
 * git's own folders are watched (HEAD and the index in the repository's git folder, branches under
 * refs/heads, including a worktree's), and each settled burst compares HEAD's commit id, so the
 * index refreshes of `git status` and the site's own `git log` rebuild nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, watch, type FSWatcher } from 'node:fs';
import { join, resolve } from 'node:path';
import { watchFolderTree } from './folder-watcher';

function gitOutput(repoDir: string, args: string[]): string | undefined {
	try {
		return execFileSync('git', args, { cwd: repoDir, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		return undefined;
	}
}

export const headCommit = (repoDir: string) => gitOutput(repoDir, ['rev-parse', '--verify', '--quiet', 'HEAD']);

/** Nothing is watched outside a git working copy. */
export function watchCommits(repoDir: string, onCommit: () => void, settleMs = 400): () => void {
	const gitDir = gitOutput(repoDir, ['rev-parse', '--absolute-git-dir']);
	const commonDir = gitOutput(repoDir, ['rev-parse', '--git-common-dir']);
	if (!gitDir || !commonDir) return () => {};
	let head = headCommit(repoDir);
	let timer: NodeJS.Timeout | undefined;
	const compare = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			const now = headCommit(repoDir);
			if (now === head) return;
			head = now;
			onCommit();
		}, settleMs);
	};

	const watchers: FSWatcher[] = [];
	for (const dir of new Set([gitDir, resolve(repoDir, commonDir)])) {
		try {
			watchers.push(watch(dir, compare));
		} catch {
			// an unreadable git folder: nothing to follow
		}
	}
	const heads = join(resolve(repoDir, commonDir), 'refs/heads');
	const unwatchHeads = existsSync(heads) ? watchFolderTree(heads, compare, { settleMs: 0 }) : () => {};
	return () => {
		clearTimeout(timer);
		for (const watcher of watchers) watcher.close();
		unwatchHeads();
	};
}
