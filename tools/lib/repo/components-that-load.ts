/**
 * Finds components that load or compute what lib/ should hand them (issue #13, "components only
 * render"): a component under src/components/ may not read the site model, the git history or
 * files, nor run a process. Those are done once per build in src/lib/ and reach components as
 * props or route data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface LoadingImport {
	/** The importing file, relative to the project root. */
	file: string;
	/** The specifier as written. */
	specifier: string;
	/** Why the import is not a component's to make. */
	reason: string;
}

const SOURCE_FILE = /\.(ts|tsx|mts|js|mjs|jsx|astro)$/;
/** Names that load data, whatever module re-exports them. */
const LOADERS = ['loadSite', 'getContentHistory'];
const NODE_MODULES = /^(node:)?(fs|fs\/promises|child_process)$/;
/** Project folders (from the root) a component may not import anything from, types included. */
const LOADING_FOLDERS = ['src/lib/git'];
// `import … from`, `export … from`, bare `import '…'`, dynamic import() and require(): the clause
// (group 1, when there is one) and the specifier (group 3).
const IMPORT = /\b(?:import|export)\s*(?:([^'"`;()]*?)\s*from\s*)?\(?\s*(['"`])([^'"`\n]+)\2|\brequire\s*\(\s*(['"`])([^'"`\n]+)\4/g;

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return SOURCE_FILE.test(entry.name) ? [path] : [];
	});
}

/** Every import under `from` (default src/components) that loads data, reads files or runs a process. */
export function componentsThatLoad({ root, from = 'src/components' }: { root: string; from?: string }): LoadingImport[] {
	const found: LoadingImport[] = [];
	for (const file of sourceFiles(resolve(root, from))) {
		const text = readFileSync(file, 'utf-8');
		for (const match of text.matchAll(IMPORT)) {
			const clause = match[1] ?? '';
			const specifier = match[3] ?? match[5];
			const absolute = specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined;
			const add = (reason: string) => found.push({ file: relative(root, file), specifier, reason });
			if (NODE_MODULES.test(specifier)) add(`reads files or runs processes (${specifier})`);
			const folder = absolute && LOADING_FOLDERS.find((f) => absolute.startsWith(resolve(root, f) + sep));
			if (folder) add(`imports from ${folder}/`);
			for (const name of LOADERS) if (new RegExp(`\\b${name}\\b`).test(clause)) add(`imports ${name}`);
		}
	}
	return found;
}
