import { relative, resolve, sep } from 'node:path';

/**
 * Where the content lives, relative to the project root. Fixture sites in tests and the
 * benchmark's scratch copies point GONGJIAN_CONTENT at a folder of their own.
 */
export const contentRoot = (process.env.GONGJIAN_CONTENT ?? './content').replace(/\/$/, '');

/** Absolute path of the content root, for this process. */
export const contentRootPath = () => resolve(process.cwd(), contentRoot);

/** An entry's file path as Astro reports it (relative to the project root) → relative to the content root. */
export function contentPathOf(filePath: string): string {
	return relative(contentRootPath(), resolve(process.cwd(), filePath)).split(sep).join('/');
}
