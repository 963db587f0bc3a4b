/**
 * Watches a folder and every folder below it, one non-recursive watch per folder, and calls back
 * once a burst of changes has settled. Node's recursive `fs.watch` on Linux follows each file it
 * found, so a file that git replaces (checkout, pull, stash write a new file and rename it over
 * the old one) is never heard from again: after `git checkout -- content` a running `npm start`
 * no longer rebuilt on saves. A watch on the folder itself sees every file created, renamed into
 * or written inside it, whatever happens to the files' identities; the set of folders is read
 * again after each burst, so folders that appear, disappear or are replaced are followed too.
 */
import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface FolderWatchOptions {
	/** A path relative to the watched folder that is not worth a callback (editors' swap files …). */
	ignore?: (relativePath: string) => boolean;
	/** Folders not to descend into (by name). */
	skipFolder?: (name: string) => boolean;
	settleMs?: number;
}

function foldersUnder(root: string, skipFolder: (name: string) => boolean): Map<string, number> {
	const found = new Map<string, number>();
	const visit = (dir: string) => {
		let ino: number;
		try {
			ino = statSync(dir).ino;
		} catch {
			return; // gone meanwhile
		}
		found.set(dir, ino);
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) if (entry.isDirectory() && !skipFolder(entry.name)) visit(join(dir, entry.name));
	};
	visit(root);
	return found;
}

export function watchFolderTree(root: string, onChange: () => void, options: FolderWatchOptions = {}): () => void {
	const { ignore = () => false, skipFolder = () => false, settleMs = 400 } = options;
	const watchers = new Map<string, { ino: number; watcher: FSWatcher }>();
	/** Watched folders their parent reported as created, removed or renamed: watched afresh. */
	const stale = new Set<string>();
	let timer: NodeJS.Timeout | undefined;
	let closed = false;

	const settle = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (closed) return;
			follow();
			onChange();
		}, settleMs);
	};

	function follow() {
		const now = foldersUnder(root, skipFolder);
		const isStale = (dir: string) => [...stale].some((gone) => dir === gone || dir.startsWith(`${gone}${sep}`));
		for (const [dir, { ino, watcher }] of watchers) {
			// A folder removed and made again may get the same inode number back.
			if (now.get(dir) === ino && !isStale(dir)) continue;
			watcher.close();
			watchers.delete(dir);
		}
		for (const [dir, ino] of now) {
			if (watchers.has(dir)) continue;
			try {
				const watcher = watch(dir, (_event, name) => {
					const full = name ? join(dir, String(name)) : dir;
					if (full !== dir && watchers.has(full)) stale.add(full);
					if (!ignore(relative(root, full))) settle();
				});
				// A folder removed under its watch: the next burst's `follow` drops or replaces it.
				watcher.on('error', () => {
					watcher.close();
					watchers.delete(dir);
					settle();
				});
				watchers.set(dir, { ino, watcher });
			} catch {
				// Removed between listing and watching: its parent's watch reports that.
			}
		}
	}

	follow();
	return () => {
		closed = true;
		clearTimeout(timer);
		for (const { watcher } of watchers.values()) watcher.close();
		watchers.clear();
	};
}
