/**
 * Replays the content history commit by commit to know, for every line of every file, which
 * commit wrote it (what `git blame -M -C` answers), and to list each file's changes with its text
 * before and after. Computed from the single log pass in log.ts, never a process per file.
 *
 * The log's parents are git's rewritten parents (the nearest ancestors that touched content), so a
 * content commit whose real parent only changed code replays on top of the right tree.
 *
 * Authorship follows text, not position: a line moved within a commit (a section dragged to
 * another place, or into another file) keeps its author, a file created as a copy (a new guide
 * edition) keeps the authors of the lines it copied, and text brought back (a revert, a file
 * re-created) is its first author's again. Lines merged in from a branch are credited to the
 * branch commit that wrote them; a merge is listed as a change only for what its author wrote or
 * removed while resolving it.
 */
import type { Commit, FilePatch, LoggedCommit } from './log';

export interface FileChange {
	commit: Commit;
	status: FilePatch['status'];
	previousPath?: string;
	before: string;
	after: string;
	/** The change is the edge of a shallow clone: its "before" is not really empty. */
	boundary: boolean;
	/** A merge's own edits while resolving: `before` is the merged text without them. */
	merge?: boolean;
}

export interface FileState {
	lines: string[];
	/** The commit that wrote each line; null when it cannot be known (beyond a shallow clone's edge). */
	origins: (Commit | null)[];
	/** In replay (topological) order, oldest first. */
	changes: FileChange[];
}

type Tree = Map<string, FileState>;

/** Lines too short to say anything about who wrote them (blank lines, lone punctuation). */
const isTrivial = (line: string | undefined) => (line ?? '').trim().length < 2;

class OriginPool {
	private readonly byText = new Map<string, (Commit | null)[]>();

	add(line: string | undefined, origin: Commit | null | undefined) {
		if (isTrivial(line) || origin === undefined) return;
		const queue = this.byText.get(line!);
		if (queue) queue.push(origin);
		else this.byText.set(line!, [origin]);
	}

	/** Takes one origin for this text, if any is left. */
	take(line: string): Commit | null | undefined {
		if (isTrivial(line)) return undefined;
		const queue = this.byText.get(line);
		return queue?.length ? queue.shift() : undefined;
	}

	has(line: string): boolean {
		return !!this.byText.get(line)?.length;
	}

	static of(states: Iterable<FileState>): OriginPool {
		const pool = new OriginPool();
		for (const state of states) state.lines.forEach((line, i) => pool.add(line, state.origins[i]));
		return pool;
	}
}

/** A text's lines as a multiset, to ask whether a line is (still) somewhere in it. */
const lineCounts = (lines: Iterable<string>) => {
	const counts = new Map<string, number>();
	for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
	return counts;
};

const commitOf = ({ files: _, ...commit }: LoggedCommit): Commit => commit;

/** Same author, same author date, same message: a cherry-pick of a change already listed. */
const changeKey = (change: FileChange) => `${change.commit.authorEmail}\n${change.commit.date}\n${change.commit.subject}`;

export function replay(log: LoggedCommit[], boundary: ReadonlySet<string> = new Set()): Map<string, FileState> {
	const states = new Map<string, Tree>();
	const pendingChildren = new Map<string, number>();
	for (const entry of log) for (const parent of entry.parents) pendingChildren.set(parent, (pendingChildren.get(parent) ?? 0) + 1);
	// Text that once was in a file, by path: a revert or a re-created file brings its author back.
	const removedText = new Map<string, OriginPool>();
	// The history of a deleted file, kept for when a file appears again at the same path.
	const deletedHistory = new Map<string, FileChange[]>();
	const removedPool = (path: string) => {
		let pool = removedText.get(path);
		if (!pool) removedText.set(path, (pool = new OriginPool()));
		return pool;
	};

	let head: Tree = new Map();
	for (const entry of log) {
		const commit = commitOf(entry);
		const isBoundary = boundary.has(commit.hash);
		const [firstParent, ...otherParents] = entry.parents.map((p) => states.get(p));
		const tree: Tree = new Map(firstParent ?? []);
		const sideTrees = otherParents.filter(Boolean) as Tree[];
		const isMerge = sideTrees.length > 0;

		// Lines removed anywhere in this commit can reappear elsewhere in it: that is a move.
		const moved = new OriginPool();
		const removedNow: [string, string, Commit | null][] = [];
		for (const patch of entry.files) {
			const path = patch.previousPath ?? patch.path;
			const state = tree.get(path);
			if (!state) continue;
			for (const hunk of patch.hunks) {
				for (let i = 0; i < hunk.oldLines; i++) {
					const at = hunk.oldStart - 1 + i;
					moved.add(state.lines[at], state.origins[at]);
					if (state.lines[at] !== undefined) removedNow.push([path, state.lines[at], state.origins[at] ?? null]);
				}
			}
		}
		let copies: OriginPool | undefined;
		const copied = () => (copies ??= OriginPool.of(firstParent?.values() ?? []));

		for (const patch of entry.files) {
			const previous = tree.get(patch.previousPath ?? patch.path);
			if (patch.status === 'D') {
				if (previous) {
					const deletion: FileChange = { commit, status: 'D', before: previous.lines.join('\n'), after: '', boundary: isBoundary };
					deletedHistory.set(patch.path, [...previous.changes, deletion]);
				}
				tree.delete(patch.path);
				continue;
			}
			const sideFiles = sideTrees.map((t) => t.get(patch.path)).filter(Boolean) as FileState[];
			const fromBranch = OriginPool.of(sideFiles);
			const earlier = removedText.get(patch.path);
			const originOf = (line: string): Commit | null => {
				if (isBoundary) return null;
				for (const pool of [moved, fromBranch, earlier]) {
					const found = pool?.take(line);
					if (found !== undefined) return found;
				}
				if (patch.status === 'A') {
					const found = copied().take(line);
					if (found !== undefined) return found;
				}
				return commit;
			};
			const base: FileState = previous ?? { lines: [], origins: [], changes: deletedHistory.get(patch.path) ?? [] };
			const next = applyHunks(base, patch, originOf);
			if (patch.previousPath) tree.delete(patch.previousPath);
			const before = previous ? previous.lines.join('\n') : '';
			const after = next.lines.join('\n');
			const earlierChanges = base.changes;
			if (!isMerge) {
				next.changes = [...earlierChanges, { commit, status: patch.status, previousPath: patch.previousPath, before, after, boundary: isBoundary }];
			} else {
				const branchChanges = mergedChanges(earlierChanges, sideFiles);
				const own = mergeOwnChange(commit, patch, previous, next, sideFiles, isBoundary);
				next.changes = [...earlierChanges, ...branchChanges, ...(own ? [own] : [])];
			}
			tree.set(patch.path, next);
		}
		for (const [path, line, origin] of removedNow) removedPool(path).add(line, origin);

		states.set(commit.hash, tree);
		head = tree;
		for (const parent of entry.parents) {
			const left = (pendingChildren.get(parent) ?? 1) - 1;
			pendingChildren.set(parent, left);
			if (left === 0) states.delete(parent);
		}
	}
	return head;
}

function applyHunks(state: FileState, patch: FilePatch, originOf: (line: string) => Commit | null): FileState {
	const lines = [...state.lines];
	const origins = [...state.origins];
	// Zero-context hunks are applied bottom-up so earlier line numbers stay valid.
	for (const hunk of [...patch.hunks].sort((a, b) => b.oldStart - a.oldStart)) {
		const at = Math.min(hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1, lines.length);
		lines.splice(at, hunk.oldLines, ...hunk.added);
		origins.splice(at, hunk.oldLines, ...hunk.added.map(originOf));
	}
	return { lines, origins, changes: state.changes };
}

/** Changes a merge brings in from its other parents that the first parent did not have. */
function mergedChanges(known: FileChange[], sideFiles: FileState[]): FileChange[] {
	const hashes = new Set(known.map((change) => change.commit.hash));
	const keys = new Set(known.map(changeKey));
	const fromSides: FileChange[] = [];
	for (const side of sideFiles) {
		for (const change of side.changes) {
			if (hashes.has(change.commit.hash) || keys.has(changeKey(change))) continue;
			hashes.add(change.commit.hash);
			keys.add(changeKey(change));
			fromSides.push(change);
		}
	}
	return fromSides;
}

/**
 * What the merger wrote while resolving: lines of the result that come from neither side, and
 * lines both sides kept that the result drops. Nothing of either means the merge only combined
 * the two sides, and is not listed as anyone's change. Its `before` is the merged text without
 * the merger's own edits, so its diff shows only them.
 */
function mergeOwnChange(commit: Commit, patch: FilePatch, previous: FileState | undefined, next: FileState, sideFiles: FileState[], boundary: boolean): FileChange | undefined {
	const sideLines = lineCounts(sideFiles.flatMap((side) => side.lines));
	const written = new Set<number>();
	next.origins.forEach((origin, index) => {
		if (origin === commit && !isTrivial(next.lines[index])) written.add(index);
	});
	// Lines the merger removed, by the position in the merged text where they stood.
	const dropped = new Map<number, string[]>();
	if (previous) {
		const remaining = lineCounts(next.lines);
		const sideKnows = new Set(sideFiles.flatMap((side) => side.changes.map((change) => change.commit.hash)));
		for (const hunk of patch.hunks) {
			const at = hunk.newLines === 0 ? hunk.newStart : hunk.newStart - 1;
			for (let i = 0; i < hunk.oldLines; i++) {
				const line = previous.lines[hunk.oldStart - 1 + i];
				if (isTrivial(line) || remaining.get(line)) continue;
				// A line the other side no longer has but had known: that side deleted it, not the merger.
				const origin = previous.origins[hunk.oldStart - 1 + i];
				if (!sideLines.get(line) && origin && sideKnows.has(origin.hash)) continue;
				dropped.set(at, [...(dropped.get(at) ?? []), line]);
			}
		}
	}
	if (!written.size && !dropped.size) return undefined;
	const beforeLines: string[] = [];
	next.lines.forEach((line, index) => {
		beforeLines.push(...(dropped.get(index) ?? []));
		if (!written.has(index)) beforeLines.push(line);
	});
	beforeLines.push(...(dropped.get(next.lines.length) ?? []));
	const before = beforeLines.join('\n');
	return { commit, status: previous ? 'M' : 'A', before, after: next.lines.join('\n'), boundary, merge: true };
}
