/** Throwaway git repositories with pinned authors and dates, for the history tests. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Author {
	name: string;
	email: string;
}

export const editorA: Author = { name: '甲中心编辑', email: 'editor-a@org-a.example' };
export const editorB: Author = { name: 'Editor B', email: 'editor-b@org-b.example' };
export const stranger: Author = { name: 'Stranger', email: 'stranger@unknown.example' };
export const editorC: Author = { name: '协作者编辑', email: 'editor-c@org-c.example' };
/** Commits the starter material; content/history.yaml declares its commits as imports. */
export const importer: Author = { name: 'Gongjian developers', email: 'dev@gongjian.example' };

export function git(dir: string, args: string[], env: Record<string, string> = {}): string {
	return execFileSync('git', args, { cwd: dir, env: { ...process.env, LC_ALL: 'C.UTF-8', ...env }, encoding: 'utf-8' });
}

export function initRepo(dir = mkdtempSync(join(tmpdir(), 'gongjian-repo-'))): string {
	git(dir, ['init', '-q', '-b', 'main']);
	git(dir, ['config', 'user.name', 'Test Runner']);
	git(dir, ['config', 'user.email', 'runner@example.invalid']);
	git(dir, ['config', 'commit.gpgsign', 'false']);
	return dir;
}

export function writeFiles(dir: string, files: Record<string, string>) {
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
}

/** A throwaway folder holding `files`: where a check of the project is first shown to catch planted cases. */
export function plantFiles(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'gongjian-planted-'));
	writeFiles(root, files);
	return root;
}

/** `YYYY-MM-DD` is noon UTC+8; a full ISO date-time keeps its own offset. */
const instant = (date: string) => (date.includes('T') ? date : `${date}T12:00:00+08:00`);

/** Git's environment for acting as `author` at `date`. */
export function as(author: Author, date: string): Record<string, string> {
	const when = instant(date);
	return {
		GIT_AUTHOR_NAME: author.name,
		GIT_AUTHOR_EMAIL: author.email,
		GIT_AUTHOR_DATE: when,
		GIT_COMMITTER_NAME: author.name,
		GIT_COMMITTER_EMAIL: author.email,
		GIT_COMMITTER_DATE: when,
	};
}

/** Commits everything staged or given, as `author`, at `date` (YYYY-MM-DD for noon UTC+8, or a full ISO date-time). */
export function commit(dir: string, author: Author, date: string, message: string, paths: string[] = ['-A']) {
	git(dir, ['add', ...paths]);
	git(dir, ['commit', '-q', '-m', message], as(author, date));
}

/**
 * Merges `branch` into the current branch as `author`. With `resolve`, a conflicting merge is
 * finished by writing those files (the merger's resolution) and committing.
 */
export function merge(dir: string, author: Author, date: string, branch: string, message: string, options: { ff?: boolean; resolve?: Record<string, string> } = {}) {
	const args = ['merge', '-q', options.ff ? '--ff' : '--no-ff', branch, '-m', message];
	try {
		git(dir, args, as(author, date));
	} catch (error) {
		if (!options.resolve) throw error;
		writeFiles(dir, options.resolve);
		git(dir, ['add', '-A']);
		git(dir, ['commit', '-q', '--no-edit', '-m', message], as(author, date));
	}
}
