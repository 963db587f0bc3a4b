/**
 * Components only render (issue #13 item 4): the site model, git history, files and processes are
 * read in src/lib/ once per build and reach components as props or route data. The check is first
 * shown to catch planted imports on a throwaway folder, then run on the project itself.
 */
import { describe, expect, it } from 'vitest';
import { componentsThatLoad, type LoadingImport } from '../../tools/lib/repo/components-that-load';
import { plantFiles } from '../helpers/git-repo';
import { projectRoot } from '../helpers/site-build';

const describeImports = (found: LoadingImport[]) => found.map(({ file, specifier, reason }) => `${file} imports ${specifier}: ${reason}`).join('\n');

describe('components only render', () => {
	it('catches loaders, git modules, fs and child_process however imported, and lets view models and types be', () => {
		const root = plantFiles({
			'src/components/Ok.astro': "---\nimport Card from './views/Card.astro';\nimport type { CaseCardView } from '../lib/views/entry-view';\nimport { routes } from '../lib/routes';\n---\n<p>x</p>\n",
			'src/components/Site.astro': "---\nimport { loadSite } from '../lib/model/load';\n---\n<p>x</p>\n",
			'src/components/History.astro': "---\nimport {\n\tgetContentHistory,\n} from '../lib/git/content-history';\n---\n<p>x</p>\n",
			'src/components/GitType.astro': "---\nimport type { ContentHistory } from '../lib/git/history';\n---\n<p>x</p>\n",
			'src/components/nested/Files.astro': "---\nimport { readFileSync } from 'node:fs';\nimport { execFileSync } from 'child_process';\n---\n<p>x</p>\n",
			'src/components/Dynamic.astro': "---\nconst fs = await import('fs/promises');\n---\n<p>x</p>\n",
			'src/components/helper.ts': "export { loadSite as site } from '../lib/model/load';\n",
		});
		const found = componentsThatLoad({ root });
		expect(found.map(({ file, specifier }) => [file, specifier]).sort()).toEqual(
			[
				['src/components/Dynamic.astro', 'fs/promises'],
				['src/components/GitType.astro', '../lib/git/history'],
				['src/components/History.astro', '../lib/git/content-history'],
				['src/components/History.astro', '../lib/git/content-history'],
				['src/components/Site.astro', '../lib/model/load'],
				['src/components/helper.ts', '../lib/model/load'],
				['src/components/nested/Files.astro', 'child_process'],
				['src/components/nested/Files.astro', 'node:fs'],
			].sort(),
		);
	});

	it('holds for the project: no file under src/components/ loads data, reads files or runs a process', () => {
		const found = componentsThatLoad({ root: projectRoot });
		expect(found, describeImports(found)).toEqual([]);
	});
});
