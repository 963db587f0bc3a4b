/**
 * Finds modules under a folder that import from folders they must not depend on: the site (src/)
 * may never import tooling (tools/, scripts/), since `src/` holds only what the site runs and a
 * tool that needs site code imports it from src/, never the reverse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface ForbiddenImport {
	/** The importing file, relative to the project root. */
	file: string;
	/** The specifier as written. */
	specifier: string;
	/** The imported path, relative to the project root. */
	target: string;
}

const SOURCE_FILE = /\.(ts|tsx|mts|js|mjs|jsx|astro)$/;
// Static imports and re-exports, dynamic import(), require() and import.meta.glob(): any string a
// bundler would follow.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bimport\.meta\.glob\s*\(\s*)(['"`])([^'"`\n]+)\1/g;

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
		return SOURCE_FILE.test(entry.name) ? [path] : [];
	});
}

/** Every import in `from` (a folder under `root`) that reaches into one of the `forbidden` folders. */
export function importsLeaving({ root, from, forbidden }: { root: string; from: string; forbidden: string[] }): ForbiddenImport[] {
	const walls = forbidden.map((folder) => resolve(root, folder));
	const found: ForbiddenImport[] = [];
	for (const file of sourceFiles(resolve(root, from))) {
		for (const [, , specifier] of readFileSync(file, 'utf-8').matchAll(SPECIFIER)) {
			// Bare specifiers are packages; only paths can reach into the project's own folders.
			const absolute = specifier.startsWith('.') ? resolve(dirname(file), specifier) : specifier.startsWith('/') ? resolve(root, `.${specifier}`) : undefined;
			if (!absolute) continue;
			if (walls.some((wall) => absolute === wall || absolute.startsWith(wall + sep))) {
				found.push({ file: relative(root, file), specifier, target: relative(root, absolute) });
			}
		}
	}
	return found;
}
