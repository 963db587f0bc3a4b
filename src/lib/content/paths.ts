import { relative, resolve, sep } from 'node:path';

/**
 * Where the content lives, relative to the project root. Fixture sites in tests and the
 * benchmark's scratch copies point GONGJIAN_CONTENT at a folder of their own.
 */
export const contentRoot = (process.env.GONGJIAN_CONTENT ?? './content').replace(/\/$/, '');

/** Absolute path of the content root, for this process. */
export const contentRootPath = () => resolve(process.cwd(), contentRoot);

const known = new Map<string, string>();

/** An entry's file path as Astro reports it (relative to the project root) → relative to the content root. */
export function contentPathOf(filePath: string): string {
	// Asked several times for every page of a build; resolving paths each time cost ~0.5 s at 5,000 entries.
	const key = `${process.cwd()}\u0000${filePath}`;
	let path = known.get(key);
	if (path === undefined) {
		path = relative(contentRootPath(), resolve(process.cwd(), filePath)).split(sep).join('/');
		known.set(key, path);
	}
	return path;
}
