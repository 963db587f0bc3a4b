/**
 * The /admin bundle is cached by the hash of its inputs (src/lib/integrations/admin-bundle.ts): a
 * file the bundle is built from but the hash leaves out would let a stale bundle survive its
 * change. Every project file reachable by import from the bundle's entry must lie in the inputs.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_BUNDLE_INPUTS } from '../../src/lib/integrations/admin-bundle';
import { projectRoot } from '../helpers/site-build';

// Static imports and re-exports and dynamic import(): what Vite follows from a module.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"\n]+)\1/g;
const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts'];

function resolveImport(from: string, specifier: string): string | undefined {
	const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
	return EXTENSIONS.map((extension) => base + extension).find((path) => existsSync(path) && statSync(path).isFile());
}

/** The project's files reached by relative imports from `entry`, relative to the project root. */
function reachedFrom(entry: string): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		if (!/\.(ts|tsx|js|mjs)$/.test(file)) return;
		for (const [, , specifier] of readFileSync(file, 'utf-8').matchAll(SPECIFIER)) {
			if (!specifier.startsWith('.')) continue;
			const target = resolveImport(file, specifier);
			if (target) visit(target);
		}
	};
	visit(join(projectRoot, entry));
	return [...seen].map((file) => relative(projectRoot, file)).sort();
}

const outside = (files: string[], inputs: string[]) => files.filter((file) => !inputs.some((input) => file === input || file.startsWith(`${input}/`)));

describe('the /admin bundle’s cache key', () => {
	const reached = reachedFrom('cms/admin/start-cms.ts');

	it('follows the imports far enough to matter: a narrower list misses the view models the previews draw', () => {
		expect(reached).toContain('src/lib/views/case-view.ts');
		expect(outside(reached, ['cms/admin', 'src/schemas', 'src/lib/cms', 'src/lib/content', 'src/styles'])).toContain('src/lib/views/case-view.ts');
	});

	it('covers every project file the bundle is built from (packages, through package-lock.json)', () => {
		expect(ADMIN_BUNDLE_INPUTS).toContain('package-lock.json');
		expect(outside(reached, [...ADMIN_BUNDLE_INPUTS, 'node_modules'])).toEqual([]);
	});
});
