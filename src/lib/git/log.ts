/**
 * Reads the whole history of the content folder with one `git log` process and parses it into
 * commits and per-file zero-context patches. Everything else (dates, blame, diffs) is computed
 * from this one pass, so the number of git processes never grows with the number of files.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Commit {
	hash: string;
	parents: string[];
	authorName: string;
	authorEmail: string;
	/** ISO 8601 author date. */
	date: string;
	subject: string;
}

export interface Hunk {
	/** 1-based line where the old lines started (for a pure insertion: the line after which to insert). */
	oldStart: number;
	oldLines: number;
	newStart: number;
	newLines: number;
	removed: string[];
	added: string[];
}

export interface FilePatch {
	status: 'A' | 'M' | 'D' | 'R';
	/** Repository-relative path after the commit (before it, for deletions). */
	path: string;
	/** For renames: the path before. */
	previousPath?: string;
	hunks: Hunk[];
}

export interface LoggedCommit extends Commit {
	files: FilePatch[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';
const FORMAT = `${RECORD}%H${FIELD}%P${FIELD}%an${FIELD}%ae${FIELD}%aI${FIELD}%s`;

/** Environment for every git call: stable output, no pager, paths printed as UTF-8. */
export const gitEnv = { ...process.env, LC_ALL: 'C.UTF-8', GIT_PAGER: 'cat', GIT_TERMINAL_PROMPT: '0' };

export async function git(cwd: string, args: string[]): Promise<string> {
	const { stdout } = await run('git', ['-c', 'core.quotepath=false', ...args], {
		cwd,
		env: gitEnv,
		maxBuffer: 1024 * 1024 * 1024,
	});
	return stdout;
}

/** The single log pass: oldest first, parents before children, merges diffed against their first parent. */
export async function readLog(repoDir: string, pathspec: string): Promise<LoggedCommit[]> {
	const output = await git(repoDir, [
		'log',
		'--reverse',
		'--topo-order',
		// Rewrites each commit's parents to its nearest ancestor that touched the pathspec; without it
		// a content commit whose parent is a code-only commit replays on an empty tree.
		'--parents',
		'--no-color',
		'--no-ext-diff',
		'-M',
		'-p',
		'-U0',
		'--diff-merges=first-parent',
		`--format=${FORMAT}`,
		'--',
		pathspec,
	]);
	return parseLog(output);
}

export function parseLog(output: string): LoggedCommit[] {
	return output
		.split(RECORD)
		.filter((record) => record.trim())
		.map(parseRecord);
}

function parseRecord(record: string): LoggedCommit {
	const newline = record.indexOf('\n');
	const header = newline === -1 ? record : record.slice(0, newline);
	const [hash, parents, authorName, authorEmail, date, subject] = header.split(FIELD);
	const patchText = newline === -1 ? '' : record.slice(newline + 1);
	return {
		hash,
		parents: parents ? parents.split(' ') : [],
		authorName,
		authorEmail,
		date,
		subject,
		files: parsePatches(patchText),
	};
}

function unquote(path: string): string {
	// core.quotepath=false keeps UTF-8, but paths with special characters are still C-quoted.
	if (!path.startsWith('"')) return path;
	return JSON.parse(path.replace(/\\([0-7]{3})/g, (_, octal) => `\\u00${parseInt(octal, 8).toString(16).padStart(2, '0')}`));
}

function parsePatches(text: string): FilePatch[] {
	const patches: FilePatch[] = [];
	let current: FilePatch | undefined;
	let hunk: Hunk | undefined;
	for (const line of text.split('\n')) {
		if (line.startsWith('diff --git ')) {
			const match = /^diff --git a\/(.+) b\/(.+)$/.exec(line);
			current = { status: 'M', path: unquote(match?.[2] ?? ''), hunks: [] };
			hunk = undefined;
			patches.push(current);
			continue;
		}
		if (!current) continue;
		if (line.startsWith('new file mode')) current.status = 'A';
		else if (line.startsWith('deleted file mode')) current.status = 'D';
		else if (line.startsWith('rename from ')) {
			current.status = 'R';
			current.previousPath = unquote(line.slice('rename from '.length));
		} else if (line.startsWith('rename to ')) current.path = unquote(line.slice('rename to '.length));
		else if (line.startsWith('--- ') && !hunk) {
			if (current.status === 'D') current.path = unquote(line.slice(4).replace(/^a\//, ''));
		} else if (line.startsWith('+++ ') && !hunk) continue;
		else if (line.startsWith('@@')) {
			const match = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)!;
			hunk = {
				oldStart: Number(match[1]),
				oldLines: match[2] === undefined ? 1 : Number(match[2]),
				newStart: Number(match[3]),
				newLines: match[4] === undefined ? 1 : Number(match[4]),
				removed: [],
				added: [],
			};
			current.hunks.push(hunk);
		} else if (hunk && line.startsWith('-')) hunk.removed.push(line.slice(1));
		else if (hunk && line.startsWith('+')) hunk.added.push(line.slice(1));
	}
	return patches;
}

export interface RepositoryInfo {
	/** Absolute path of the repository's top level. */
	root: string;
	/** Absolute path of the .git directory (its reflog tells a live reader when a commit lands). */
	gitDir: string;
	shallow: boolean;
	/** Commits at the edge of a shallow clone: their parents are missing, so what they "add" is not theirs. */
	boundary: Set<string>;
}

/** One rev-parse call: where the repository is, and whether it is a shallow clone. */
export async function readRepositoryInfo(dir: string): Promise<RepositoryInfo> {
	const [root, gitDir, shallow, shallowFile] = (
		await git(dir, ['rev-parse', '--show-toplevel', '--absolute-git-dir', '--is-shallow-repository', '--git-path', 'shallow'])
	)
		.trim()
		.split('\n');
	const boundary = new Set<string>();
	if (shallow === 'true') {
		const { readFile } = await import('node:fs/promises');
		const path = shallowFile.startsWith('/') ? shallowFile : `${dir}/${shallowFile}`;
		for (const hash of (await readFile(path, 'utf-8').catch(() => '')).split('\n')) if (hash.trim()) boundary.add(hash.trim());
	}
	return { root, gitDir, shallow: shallow === 'true', boundary };
}
