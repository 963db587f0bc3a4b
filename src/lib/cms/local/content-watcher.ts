/** Calls back once a burst of changes under a folder has settled (a save writes several times). */
import { watch } from 'node:fs';

export function watchContent(dir: string, onChange: () => void, settleMs = 400): () => void {
	let timer: NodeJS.Timeout | undefined;
	const watcher = watch(dir, { recursive: true }, (_event, name) => {
		// Editors' swap files and the like are not content.
		if (name && /(^|[/\\])[.~]|~$/.test(name)) return;
		clearTimeout(timer);
		timer = setTimeout(onChange, settleMs);
	});
	return () => {
		clearTimeout(timer);
		watcher.close();
	};
}
