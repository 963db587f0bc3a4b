/**
 * The local editing setup of `npm start` (src/lib/cms/local/local-stack.ts), run on a throwaway
 * copy of the starter corpus, never on content/ itself: decap-server edits the copy, the site is
 * built from it and rebuilt when it changes.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '../../src/lib/cms/local/local-stack';
import { parseLikeCms, serialiseLikeCms } from '../../src/lib/cms/serialise';
import { organisationSchema } from '../../src/schemas/organisations';
import { projectRoot } from './site-build';

export interface CmsOnCopy {
	stack: LocalStack;
	/** The copy's content folder. */
	contentDir: string;
	read(relativePath: string): string;
	/** The built site's HTML for a URL path, fetched from the running server. */
	page(path: string): Promise<string>;
	stop(): Promise<void>;
}

export async function startCmsOnCopy({ editor, prepare }: { editor?: string; prepare?: (contentDir: string) => void } = {}): Promise<CmsOnCopy> {
	const repoDir = mkdtempSync(join(tmpdir(), 'gongjian-cms-'));
	const contentDir = join(repoDir, 'content');
	cpSync(join(projectRoot, 'content'), contentDir, { recursive: true });
	prepare?.(contentDir);
	const buildsRoot = join(projectRoot, 'node_modules/.cache/gongjian-tests');
	mkdirSync(buildsRoot, { recursive: true });
	const buildsDir = mkdtempSync(join(buildsRoot, 'cms-'));
	const stack = await startLocalStack({ projectRoot, repoDir, contentDir, buildsDir, editor, watch: true });
	return {
		stack,
		contentDir,
		read: (relativePath) => readFileSync(join(contentDir, relativePath), 'utf-8'),
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
