/**
 * Lists the files of each collection under a content root, with the collection they belong to.
 * Used by the content checks, the formatter and the CMS round-trip test.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collections, type CollectionDefinition } from '../../schemas';

export interface ContentFile {
	/** Absolute path. */
	path: string;
	/** Path relative to the content root, e.g. `cases/foo.md`. */
	relativePath: string;
	collection: CollectionDefinition;
	/** For editioned collections: the edition folder. */
	edition?: string;
}

const visible = (name: string) => !name.startsWith('.') && !name.startsWith('_');

export function listContentFiles(root: string): ContentFile[] {
	const files: ContentFile[] = [];
	for (const collection of collections as readonly CollectionDefinition[]) {
		if (collection.kind === 'file') {
			const path = join(root, collection.file);
			if (existsSync(path)) files.push({ path, relativePath: collection.file, collection });
			continue;
		}
		const dir = join(root, collection.dir);
		if (!existsSync(dir)) continue;
		const folders = collection.editioned
			? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && visible(d.name)).map((d) => d.name)
			: [undefined];
		for (const edition of folders) {
			const folder = edition ? join(dir, edition) : dir;
			for (const name of readdirSync(folder).sort()) {
				if (!visible(name) || !name.endsWith(`.${collection.extension}`)) continue;
				const path = join(folder, name);
				files.push({ path, relativePath: relative(root, path), collection, edition });
			}
		}
	}
	return files;
}

// In its own file so that code running in the browser (the CMS) can use it without node:fs.
export { formatOf } from './format-of';
