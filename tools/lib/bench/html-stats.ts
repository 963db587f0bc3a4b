/** Sizes of the HTML pages of a built site, and of its search index. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function* filesUnder(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* filesUnder(path);
		else yield path;
	}
}

export interface HtmlStats {
	pages: number;
	medianBytes: number;
	maxBytes: number;
	/** The largest page, to know where to look. */
	maxPage: string;
}

export function htmlStats(outDir: string): HtmlStats {
	const sizes = [...filesUnder(outDir)]
		.filter((file) => file.endsWith('.html'))
		.map((file) => ({ file: file.slice(outDir.length), bytes: statSync(file).size }))
		.sort((a, b) => a.bytes - b.bytes);
	const middle = sizes[Math.floor(sizes.length / 2)];
	const max = sizes.at(-1);
	return { pages: sizes.length, medianBytes: middle?.bytes ?? 0, maxBytes: max?.bytes ?? 0, maxPage: max?.file ?? '' };
}

/** Total bytes of a folder, e.g. the search index. */
export function folderBytes(dir: string): number {
	try {
		return [...filesUnder(dir)].reduce((sum, file) => sum + statSync(file).size, 0);
	} catch {
		return 0;
	}
}
