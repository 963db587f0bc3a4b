/**
 * The local editing setup of `npm start` (tools/lib/cms/local/local-stack.ts), run on a throwaway
 * copy of the starter corpus, never on content/ itself: decap-server edits the copy, the site is
 * built from it and rebuilt when it changes. Optionally the copy also holds public/files/ (the
 * templates the media library lists) and is a git repository with the copy committed, as a
 * fresh clone is.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '../../tools/lib/cms/local/local-stack';
import { parseLikeCms, serialiseLikeCms } from '../../src/lib/cms/serialise';
import { organisationSchema } from '../../src/schemas/organisations';
import { projectRoot } from './site-build';

export interface CmsOnCopy {
	stack: LocalStack;
	/** The copy's working tree (content/ and, if asked for, public/files/). */
	repoDir: string;
	/** The copy's content folder. */
	contentDir: string;
	read(relativePath: string): string;
	/**
	 * The file once the CMS has finished writing it. decap-server truncates and then writes, so a
	 * read in between sees an empty or partial file; this waits for a non-empty file that reads the
	 * same twice in a row, and gives the text where it differs from `unlike` (the file before a save).
	 */
	written(relativePath: string, options?: { unlike?: string; timeoutMs?: number }): Promise<string>;
	/** The built site's HTML for a URL path, fetched from the running server. */
	page(path: string): Promise<string>;
	stop(): Promise<void>;
}

export interface CopyOptions {
	editor?: string;
	prepare?: (contentDir: string) => void;
	/** Copy public/files/ too. */
	files?: boolean;
	/** Make the copy a git repository, everything committed by this identity. */
	git?: { name: string; email: string };
	/** Print the guide's PDFs for each build, as `npm start` does. */
	guidePdf?: Pick<LocalStackOptions, 'onGuidePdf'>;
}

const gitIn = (dir: string, args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });

export async function startCmsOnCopy({ editor, prepare, files, git, guidePdf }: CopyOptions = {}): Promise<CmsOnCopy> {
	const repoDir = mkdtempSync(join(tmpdir(), 'gongjian-cms-'));
	const contentDir = join(repoDir, 'content');
	cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
	if (files) cpSync(join(projectRoot, 'public/files'), join(repoDir, 'public/files'), { recursive: true });
	prepare?.(contentDir);
	if (git) {
		gitIn(repoDir, ['init', '-q', '-b', 'main']);
		gitIn(repoDir, ['config', 'user.name', git.name]);
		gitIn(repoDir, ['config', 'user.email', git.email]);
		gitIn(repoDir, ['config', 'commit.gpgsign', 'false']);
		gitIn(repoDir, ['add', '-A']);
		gitIn(repoDir, ['commit', '-q', '-m', 'starter content']);
	}
	const buildsRoot = join(projectRoot, 'node_modules/.cache/gongjian-tests');
	mkdirSync(buildsRoot, { recursive: true });
	const buildsDir = mkdtempSync(join(buildsRoot, 'cms-'));
	const stack = await startLocalStack({ projectRoot, repoDir, contentDir, buildsDir, editor, watch: true, guidePdf: Boolean(guidePdf), ...guidePdf });
	return {
		stack,
		repoDir,
		contentDir,
		read: (relativePath) => readFileSync(join(contentDir, relativePath), 'utf-8'),
		written: (relativePath, { unlike, timeoutMs = 20_000 } = {}) =>
			eventually(async () => {
				const path = join(contentDir, relativePath);
				const text = readFileSync(path, 'utf-8');
				if (text === '' || text === unlike) throw new Error(`${relativePath} is not written yet`);
				await new Promise((resolve) => setTimeout(resolve, 200));
				if (readFileSync(path, 'utf-8') !== text) throw new Error(`${relativePath} is still being written`);
				return text;
			}, timeoutMs),
		page: async (path) => (await fetch(new URL(path, stack.siteUrl))).text(),
		async stop() {
			await stack.stop();
			rmSync(repoDir, { recursive: true, force: true });
			rmSync(buildsDir, { recursive: true, force: true });
		},
	};
}

/** What the coordinator does for a new editor: list their git email under the organisation. */
export function registerEditor(contentDir: string, org: string, email: string) {
	const path = join(contentDir, 'organisations', `${org}.yaml`);
	const data = parseLikeCms(readFileSync(path, 'utf-8'), 'yaml');
	writeFileSync(path, serialiseLikeCms({ ...data, editors: [...((data.editors as string[]) ?? []), email] }, 'yaml', organisationSchema));
}

/** Polls until `check` passes or `timeoutMs` runs out, then throws its last failure. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		try {
			return await check();
		} catch (error) {
			if (Date.now() > deadline) throw error;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	}
}
