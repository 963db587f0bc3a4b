/**
 * `npm run commit:content` on a throwaway repository: a local editor's saves become one commit under
 * their git identity — which the site credits to their organisation — containing only content.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { commitContent } from '../../tools/lib/cms/local/commit-content';
import { editorOrganisation } from '../../tools/lib/cms/local/editor-organisation';
import { editorA, git, initRepo, stranger } from '../helpers/git-repo';
import { projectRoot } from '../helpers/site-build';

let repo: string;
const content = () => join(repo, 'content');

beforeEach(() => {
	repo = initRepo();
	cpSync(join(projectRoot, 'tests/fixtures/basic/content'), content(), { recursive: true });
	writeFileSync(join(repo, 'notes.txt'), 'not content\n');
	git(repo, ['add', '-A']);
	git(repo, ['commit', '-q', '-m', 'start']);
});

const useIdentity = (email: string) => git(repo, ['config', 'user.email', email]);
const editCase = () => writeFileSync(join(content(), 'cases/case-one.md'), git(repo, ['show', 'HEAD:content/cases/case-one.md']).replace('补充说明。', '补充说明，修改过。'));

describe('committing local saves', () => {
	it('commits only content, as the editor, with a message naming what changed and the organisation', () => {
		useIdentity(editorA.email);
		editCase();
		writeFileSync(join(repo, 'notes.txt'), 'changed, but not content\n');

		const result = commitContent({ repoDir: repo, contentDir: content() });

		expect(result).toMatchObject({ status: 'committed', files: ['content/cases/case-one.md'] });
		expect(git(repo, ['log', '-1', '--format=%ae%n%s'])).toBe(`${editorA.email}\n修改案例 case-one（甲社区服务中心）\n`);
		expect(git(repo, ['show', '--name-only', '--format=', 'HEAD']).trim()).toBe('content/cases/case-one.md');
		expect(git(repo, ['status', '--porcelain'])).toBe(' M notes.txt\n');
		expect(editorOrganisation(content(), editorA.email)?.id).toBe('org-a');
	});

	it('refuses an identity no organisation lists, and says where to list it', () => {
		useIdentity(stranger.email);
		editCase();
		const result = commitContent({ repoDir: repo, contentDir: content() });
		expect(result).toMatchObject({ status: 'refused' });
		expect(result.status === 'refused' && result.reason).toContain('content/organisations/<你的机构>.yaml 的 editors');
		expect(git(repo, ['log', '--format=%s'])).toBe('start\n');
	});

	it('refuses content that would not build', () => {
		useIdentity(editorA.email);
		writeFileSync(join(content(), 'cases/case-one.md'), '---\nslug: case-one\n---\n');
		const result = commitContent({ repoDir: repo, contentDir: content() });
		expect(result.status === 'refused' && result.reason).toContain('内容检查发现');
		expect(git(repo, ['log', '--format=%s'])).toBe('start\n');
	});

	it('has nothing to do when nothing was saved', () => {
		useIdentity(editorA.email);
		expect(commitContent({ repoDir: repo, contentDir: content() })).toEqual({ status: 'nothing-to-commit' });
	});
});
