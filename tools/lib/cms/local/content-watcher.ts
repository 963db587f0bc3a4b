/** Calls back once a burst of changes under the content folder has settled (a save writes several times). */
import { watchFolderTree } from './folder-watcher';

/** Editors' swap and backup files (.x.swp, ~x, x~) are not content. */
const notContent = (path: string) => /(^|[/\\])[.~]|~$/.test(path);

export function watchContent(dir: string, onChange: () => void, settleMs = 400): () => void {
	return watchFolderTree(dir, onChange, { ignore: notContent, skipFolder: (name) => name.startsWith('.'), settleMs });
}
