/**
 * The content history: per content file, its changes, created/updated dates and line authors.
 * Two git processes per build (rev-parse, log), whatever the number of files. On a shallow clone
 * or without git it says so and leaves out what it cannot know — it never guesses a date.
 */
import { realpathSync } from 'node:fs';
import { relative } from 'node:path';
import { readLog, readRepositoryInfo, type Commit } from './log';
import { newestFirst } from './instant';
import { replay, type FileChange, type FileState } from './replay';

export interface FileHistory {
	/** Path relative to the content root, e.g. `cases/foo.md`. */
	path: string;
	/** Author date (ISO, the author's offset) the file was first committed; absent when the history does not reach back that far. */
	created?: string;
	/** Author date of the newest change; absent when unknown. */
	updated?: string;
	lastCommit?: Commit;
	/** Newest first by the instant, without the pseudo-changes at a shallow clone's edge. */
	changes: FileChange[];
	/** The file's lines at HEAD and who wrote each. */
	state: FileState;
}

export interface ContentHistory {
	status: 'complete' | 'shallow' | 'unavailable';
	/** The repository's .git directory, when there is one. */
	gitDir?: string;
	/** A sentence for the build log when the history is incomplete or missing. */
	warning?: string;
	files: Map<string, FileHistory>;
}

export const SHALLOW_WARNING =
	'[gongjian:history] 这是浅克隆（shallow clone）：git 只保存了最近的提交，页面不显示无法确定的创建日期、更新日期和早期作者。运行 git fetch --unshallow 可取得完整历史。(Shallow clone: dates and authors beyond the clone depth are not shown.)';
export const NO_GIT_WARNING =
	'[gongjian:history] 内容目录不在 git 仓库中，或找不到 git：页面不显示更新日期和修订记录。(No git history for the content folder: dates and revision history are not shown.)';

export async function readContentHistory(contentDir: string): Promise<ContentHistory> {
	let info;
	try {
		info = await readRepositoryInfo(contentDir);
	} catch {
		return { status: 'unavailable', warning: NO_GIT_WARNING, files: new Map() };
	}
	const prefix = relative(realpathSync(info.root), realpathSync(contentDir));
	const log = await readLog(info.root, prefix || '.');
	const head = replay(log, info.boundary);
	const files = new Map<string, FileHistory>();
	for (const [path, state] of head) {
		const contentPath = prefix ? relative(prefix, path) : path;
		if (contentPath.startsWith('..')) continue;
		const known = newestFirst(
			state.changes.filter((change) => !change.boundary),
			(change) => change.commit.date,
		);
		const reachesCreation = state.changes.length > 0 && !state.changes.some((change) => change.boundary);
		const last = known[0];
		files.set(contentPath, {
			path: contentPath,
			created: reachesCreation ? known.at(-1)?.commit.date : undefined,
			updated: last?.commit.date,
			lastCommit: last?.commit,
			changes: known,
			state,
		});
	}
	return {
		status: info.shallow ? 'shallow' : 'complete',
		gitDir: info.gitDir,
		warning: info.shallow ? SHALLOW_WARNING : undefined,
		files,
	};
}
