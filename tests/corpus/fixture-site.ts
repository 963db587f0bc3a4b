/**
 * A copy of the basic fixture site in a throwaway git repository — content/ and a public/files/
 * with one template the project's public/ also has (fixture builds use the project's) — so a test can mutate it, run the check and compare
 * `git status` before and after.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { commit, editorA, git, initRepo } from '../helpers/git-repo';
import { copyFixture } from '../helpers/site-build';

export interface FixtureSite {
	root: string;
	content: string;
	status(): string;
}

export function fixtureSite(): FixtureSite {
	const content = copyFixture('basic');
	const root = dirname(content);
	mkdirSync(join(root, 'public/files/tools'), { recursive: true });
	writeFileSync(join(root, 'public/files/tools/home-visit-record.docx'), 'PK');
	initRepo(root);
	commit(root, editorA, '2025-06-01', '夹具');
	return { root, content, status: () => git(root, ['status', '--porcelain', '--untracked-files=all']) };
}
