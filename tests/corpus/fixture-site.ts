/**
 * A copy of the basic fixture site in a throwaway git repository — content/ and a public/files/
 * with the fixture tool's template — so a test can mutate it, run the check and compare
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
	writeFileSync(join(root, 'public/files/tools/tool-one.docx'), 'PK');
	initRepo(root);
	commit(root, editorA, '2025-06-01', '夹具');
	return { root, content, status: () => git(root, ['status', '--porcelain', '--untracked-files=all']) };
}
