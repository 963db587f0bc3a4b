/**
 * Replays the content history commit by commit to know, for every line of every file, which
 * commit wrote it (what `git blame -M -C` answers), and to list each file's changes with its text
 * before and after. Computed from the single log pass in log.ts, never a process per file.
 *
 * Authorship follows text, not position: a line moved within a commit (a section dragged to
 * another place, or into another file) keeps its author, and a file created as a copy (a new
 * guide edition) keeps the authors of the lines it copied. Lines merged in from a branch are
 * credited to the branch commit that wrote them, not to whoever pressed "merge".
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
}

export interface FileState {
	lines: string[];
	/** The commit that wrote each line; null when it cannot be known (beyond a shallow clone's edge). */
	origins: (Commit | null)[];
	/** Oldest first. */
	changes: FileChange[];
}

type Tree = Map<string, FileState>;

/** Lines too short to say anything about who wrote them (blank lines, lone punctuation). */
const isTrivial = (line: string) => line.trim().length < 2;

class OriginPool {
	private readonly byText = new Map<string, (Commit | null)[]>();

	add(line: string, origin: Commit | null) {
		if (isTrivial(line)) return;
		const queue = this.byText.get(line);
		if (queue) queue.push(origin);
		else this.byText.set(line, [origin]);
	}

	/** Takes one origin for this text, if any is left. */
	take(line: string): Commit | null | undefined {
		if (isTrivial(line)) return undefined;
		const queue = this.byText.get(line);
		return queue?.length ? queue.shift() : undefined;
	}

	static of(states: Iterable<FileState>): OriginPool {
		const pool = new OriginPool();
		for (const state of states) state.lines.forEach((line, i) => pool.add(line, state.origins[i]));
		return pool;
	}
}

const commitOf = ({ files: _, ...commit }: LoggedCommit): Commit => commit;

export function replay(log: LoggedCommit[], boundary: ReadonlySet<string> = new Set()): Map<string, FileState> {
	const states = new Map<string, Tree>();
	const pendingChildren = new Map<string, number>();
	for (const entry of log) for (const parent of entry.parents) pendingChildren.set(parent, (pendingChildren.get(parent) ?? 0) + 1);

	let head: Tree = new Map();
	for (const entry of log) {
		const commit = commitOf(entry);
		const isBoundary = boundary.has(commit.hash);
		const [firstParent, ...otherParents] = entry.parents.map((p) => states.get(p));
		const tree: Tree = new Map(firstParent ?? []);
		const sideTrees = otherParents.filter(Boolean) as Tree[];

		// Lines removed anywhere in this commit can reappear elsewhere in it: that is a move.
		const moved = new OriginPool();
		for (const patch of entry.files) {
			const state = tree.get(patch.previousPath ?? patch.path);
			if (!state) continue;
			for (const hunk of patch.hunks) {
				for (let i = 0; i < hunk.oldLines; i++) moved.add(state.lines[hunk.oldStart - 1 + i], state.origins[hunk.oldStart - 1 + i]);
			}
		}
		let copies: OriginPool | undefined;
		const copied = () => (copies ??= OriginPool.of(firstParent?.values() ?? []));

		for (const patch of entry.files) {
			const previous = tree.get(patch.previousPath ?? patch.path);
			if (patch.status === 'D') {
				tree.delete(patch.path);
				continue;
			}
			const fromBranch = OriginPool.of(sideTrees.map((t) => t.get(patch.path)).filter(Boolean) as FileState[]);
			const originOf = (line: string): Commit | null => {
				if (isBoundary) return null;
				for (const pool of [moved, fromBranch]) {
					const found = pool.take(line);
					if (found !== undefined) return found;
				}
				if (patch.status === 'A') {
					const found = copied().take(line);
					if (found !== undefined) return found;
				}
				return commit;
			};
			const next = applyHunks(previous ?? { lines: [], origins: [], changes: [] }, patch, originOf);
			if (patch.previousPath) tree.delete(patch.previousPath);
			const before = previous ? previous.lines.join('\n') : '';
			const after = next.lines.join('\n');
			const branchChanges = mergedChanges(previous, sideTrees, patch.path);
			const ownChange: FileChange = { commit, status: patch.status, previousPath: patch.previousPath, before, after, boundary: isBoundary };
			// A clean merge only repeats what the branch commits did: list those, not the merge.
			const lastBranchText = branchChanges.at(-1)?.after;
			next.changes = [...(previous?.changes ?? []), ...branchChanges, ...(lastBranchText === after ? [] : [ownChange])];
			tree.set(patch.path, next);
		}

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
		const at = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1;
		lines.splice(at, hunk.oldLines, ...hunk.added);
		origins.splice(at, hunk.oldLines, ...hunk.added.map(originOf));
	}
	return { lines, origins, changes: state.changes };
}

/** Changes a merge brings in from its other parents that the first parent did not have. */
function mergedChanges(previous: FileState | undefined, sideTrees: Tree[], path: string): FileChange[] {
	const known = new Set((previous?.changes ?? []).map((change) => change.commit.hash));
	const fromSides: FileChange[] = [];
	for (const side of sideTrees) {
		for (const change of side.get(path)?.changes ?? []) {
			if (known.has(change.commit.hash)) continue;
			known.add(change.commit.hash);
			fromSides.push(change);
		}
	}
	return fromSides.sort((a, b) => a.commit.date.localeCompare(b.commit.date));
}
