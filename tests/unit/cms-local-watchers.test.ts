/**
 * The local rebuild's watches, on real folders and real git repositories: a save to a file git
 * has replaced (checkout, stash) still rebuilds, new folders are followed, and a commit — which
 * changes no content file — rebuilds, while git's own index refreshes do not.
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchContent } from '../../tools/lib/cms/local/content-watcher';
import { watchCommits } from '../../tools/lib/cms/local/commit-watcher';
import { commit, editorA, git, initRepo, writeFiles } from '../helpers/git-repo';

const SETTLE = 100;
const cleanups: (() => void)[] = [];
afterEach(() => {
	while (cleanups.length) cleanups.pop()!();
});

function counter() {
	let count = 0;
	return {
		bump: () => void count++,
		/**
		 * Waits for a callback (up to 3 s, for a busy machine), then long enough for any second one a
		 * burst should not cause; returns how many came and resets.
		 */
		async take() {
			const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
			for (let waited = 0; count === 0 && waited < 3000; waited += 50) await pause(50);
			await pause(SETTLE * 4);
			const seen = count;
			count = 0;
			return seen;
		},
	};
}

function repoWithContent() {
	const repo = initRepo();
	writeFiles(repo, { 'content/cases/a.md': 'a\n', 'content/guide/2025/x.md': 'x\n', 'README.md': 'readme\n' });
	commit(repo, editorA, '2026-01-05', 'start');
	cleanups.push(() => rmSync(repo, { recursive: true, force: true }));
	return repo;
}

describe('content watch', () => {
	it('hears saves to a file that git checkout replaced', async () => {
		const repo = repoWithContent();
		const content = join(repo, 'content');
		const changes = counter();
		cleanups.push(watchContent(content, changes.bump, SETTLE));

		writeFileSync(join(content, 'cases/a.md'), 'edited\n');
		expect(await changes.take()).toBe(1);
		git(repo, ['checkout', '--', 'content']);
		expect(await changes.take()).toBe(1);
		// Node's recursive fs.watch hears nothing from here on (measured on Node 22, Linux).
		writeFileSync(join(content, 'cases/a.md'), 'edited again\n');
		expect(await changes.take()).toBe(1);
	});

	it('hears saves after git stash and stash pop', async () => {
		const repo = repoWithContent();
		const content = join(repo, 'content');
		const changes = counter();
		cleanups.push(watchContent(content, changes.bump, SETTLE));

		writeFileSync(join(content, 'guide/2025/x.md'), 'draft\n');
		await changes.take();
		git(repo, ['stash', '-q']);
		expect(await changes.take()).toBe(1);
		git(repo, ['stash', 'pop', '-q']);
		expect(await changes.take()).toBe(1);
		writeFileSync(join(content, 'guide/2025/x.md'), 'draft, revised\n');
		expect(await changes.take()).toBe(1);
	});

	it('hears a file renamed over another, and files in folders created or replaced after it started', async () => {
		const repo = repoWithContent();
		const content = join(repo, 'content');
		const changes = counter();
		cleanups.push(watchContent(content, changes.bump, SETTLE));

		writeFileSync(join(content, 'cases/.a.md.tmp'), 'by rename\n');
		renameSync(join(content, 'cases/.a.md.tmp'), join(content, 'cases/a.md'));
		expect(await changes.take()).toBe(1);

		mkdirSync(join(content, 'guide/2026'));
		expect(await changes.take()).toBe(1);
		writeFileSync(join(content, 'guide/2026/y.md'), 'y\n');
		expect(await changes.take()).toBe(1);

		rmSync(join(content, 'guide/2026'), { recursive: true });
		mkdirSync(join(content, 'guide/2026'));
		await changes.take();
		writeFileSync(join(content, 'guide/2026/z.md'), 'z\n');
		expect(await changes.take()).toBe(1);
	});

	it('ignores editors\' swap and backup files', async () => {
		const repo = repoWithContent();
		const content = join(repo, 'content');
		const changes = counter();
		cleanups.push(watchContent(content, changes.bump, SETTLE));

		writeFileSync(join(content, 'cases/.a.md.swp'), 'swap');
		writeFileSync(join(content, 'cases/a.md~'), 'backup');
		expect(await changes.take()).toBe(0);
	});
});

describe('commit watch', () => {
	it('calls back once per commit, and not for git status or uncommitted edits', async () => {
		const repo = repoWithContent();
		const commits = counter();
		cleanups.push(watchCommits(repo, commits.bump, SETTLE));

		writeFileSync(join(repo, 'content/cases/a.md'), 'edited\n');
		git(repo, ['status', '--porcelain']);
		git(repo, ['add', '-A']);
		expect(await commits.take()).toBe(0);

		git(repo, ['commit', '-q', '-m', 'edit']);
		expect(await commits.take()).toBe(1);

		git(repo, ['reset', '-q', '--hard', 'HEAD~1']);
		expect(await commits.take()).toBe(1);
	});

	it('follows commits made in a linked worktree', async () => {
		const repo = repoWithContent();
		const worktree = mkdtempSync(join(tmpdir(), 'gongjian-worktree-'));
		rmSync(worktree, { recursive: true });
		git(repo, ['worktree', 'add', '-q', '-b', 'side', worktree]);
		cleanups.push(() => rmSync(worktree, { recursive: true, force: true }));
		const commits = counter();
		cleanups.push(watchCommits(worktree, commits.bump, SETTLE));

		writeFileSync(join(worktree, 'content/cases/a.md'), 'from the worktree\n');
		commit(worktree, editorA, '2026-01-06', 'worktree edit');
		expect(await commits.take()).toBe(1);
	});

	it('watches nothing outside a git working copy', () => {
		const plain = mkdtempSync(join(tmpdir(), 'gongjian-plain-'));
		cleanups.push(() => rmSync(plain, { recursive: true, force: true }));
		const stop = watchCommits(plain, () => {});
		expect(stop).toBeTypeOf('function');
		stop();
	});
});
