/**
 * The content history as the site's pages see it: read once per build (the precomputed map), and
 * in `astro dev` re-read only after a commit lands (the reflog changes), so editing a file never
 * waits on git. Incomplete history is announced once in the log.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { inStaticBuild } from '../build-aside/static-build';
import { contentRootPath } from '../content/paths';
import { readContentHistory, type ContentHistory } from './history';

let cached: Promise<ContentHistory> | undefined;
let cachedVersion = '';
let warned = false;

function reflogVersion(history: ContentHistory | undefined): string {
	if (!history?.gitDir) return '';
	try {
		return String(statSync(join(history.gitDir, 'logs/HEAD')).mtimeMs);
	} catch {
		return '';
	}
}

let resolved: ContentHistory | undefined;

export function getContentHistory(): Promise<ContentHistory> {
	// Not `import.meta.env.DEV`, which reads true in a build started with NODE_ENV=test (static-build.ts).
	if (cached && !inStaticBuild() && reflogVersion(resolved) !== cachedVersion) cached = undefined;
	cached ??= readContentHistory(contentRootPath()).then((history) => {
		resolved = history;
		cachedVersion = reflogVersion(history);
		if (history.warning && !warned) {
			warned = true;
			console.warn(history.warning);
		}
		return history;
	});
	return cached;
}
