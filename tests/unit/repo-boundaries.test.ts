/**
 * `src/` holds only what the site runs: it never imports tooling (tools/, scripts/). And no tracked
 * file names a path that exists on one machine only. Each check is first shown to catch a planted
 * case on a throwaway folder, then run on the project itself.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsLeaving, type ForbiddenImport } from '../../tools/lib/repo/imports-leaving';
import { machinePaths } from '../../tools/lib/repo/machine-paths';
import { git, initRepo, plantFiles, writeFiles } from '../helpers/git-repo';
import { projectRoot } from '../helpers/site-build';

const SITE_MUST_NOT_IMPORT = { from: 'src', forbidden: ['tools', 'scripts'] };
const describeImports = (found: ForbiddenImport[]) => found.map(({ file, specifier }) => `${file} imports ${specifier}`).join('\n');

describe('the site does not import tooling', () => {
	it('catches static, type-only, dynamic and re-exported imports of tools/ and scripts/, and lets site and package imports be', () => {
		const root = plantFiles({
			'src/lib/ok.ts': "import { a } from './other';\nimport { z } from 'astro/zod';\nexport { b } from '../schemas/x';\n",
			'src/lib/uses-tool.ts': "import { serveSite } from '../../tools/lib/serve/static-site';\n",
			'src/lib/types-only.ts': "import type { Transfer } from '../../tools/lib/serve/static-site';\n",
			'src/pages/page.astro': "---\nconst { run } = await import('../../scripts/start');\n---\n<p>x</p>\n",
			'src/lib/re-export.ts': "export * from '../../tools/lib/bench/report';\n",
			'tools/lib/uses-site.ts': "import { load } from '../../src/lib/model/load';\n",
		});
		const found = importsLeaving({ root, ...SITE_MUST_NOT_IMPORT });
		expect(found.map(({ file, target }) => [file, target]).sort()).toEqual(
			[
				['src/lib/re-export.ts', 'tools/lib/bench/report'],
				['src/lib/types-only.ts', 'tools/lib/serve/static-site'],
				['src/lib/uses-tool.ts', 'tools/lib/serve/static-site'],
				['src/pages/page.astro', 'scripts/start'],
			].sort(),
		);
	});

	it('holds for the project: nothing under src/ imports from tools/ or scripts/', () => {
		const found = importsLeaving({ root: projectRoot, ...SITE_MUST_NOT_IMPORT });
		expect(found, describeImports(found)).toEqual([]);
	});
});

describe('no machine paths in tracked files', () => {
	// Built from parts so that this file does not itself contain what it looks for.
	const path = (...parts: string[]) => `/${parts.join('/')}`;

	it('finds home folders and checkouts in tracked text files, not in URLs, untracked files or binaries', () => {
		const repo = initRepo();
		writeFiles(repo, {
			'scripts/run.ts': `// Run: cd ${path('work', 'main')} && npx tsx scripts/run.ts\nconst url = 'https://example.org${path('home', 'x')}';\n`,
			'README.md': `See https://example.org${path('root', 'page')} and the docs.\nCache in "${path('home', 'someone', '.cache')}".\n`,
			'clean.md': 'Nothing here.\n',
			'notes.local.md': `${path('Users', 'someone', 'notes')}\n`,
		});
		writeFileSync(join(repo, 'image.bin'), Buffer.from([0, 1, 2, 0, ...Buffer.from(` ${path('home', 'a', 'b')}`)]));
		git(repo, ['add', 'scripts/run.ts', 'README.md', 'clean.md', 'image.bin']);
		git(repo, ['commit', '-q', '-m', 'start']);
		expect(machinePaths(repo)).toEqual([
			{ file: 'README.md', line: 2, text: path('home', 'someone', '.cache') },
			{ file: 'scripts/run.ts', line: 1, text: path('work', 'main') },
		]);
	});

	it('holds for the project', () => {
		const found = machinePaths(projectRoot);
		expect(found, found.map(({ file, line, text }) => `${file}:${line} ${text}`).join('\n')).toEqual([]);
	});
});
