/**
 * Adding a content type takes the files the README's "Adding a content type" lists, and nothing
 * else: a schema file in src/schemas/, an entry in src/schemas/registry.ts and the content under
 * content/. The test copies the project's site code (src/, cms/, public/ and the config files)
 * into a scratch project with the project's node_modules hard-linked in (a copy of 1.9 GB would
 * take minutes; a symlink makes Vite see every dependency outside the project root, which Astro
 * cannot compile), adds exactly those files (tests/fixtures/added-collection/), and builds it with
 * the real `astro build`. The new collection must then have its pages, its CMS collection, its
 * search type and its sidebar link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dom, hrefs } from '../helpers/dom';
import { projectRoot } from '../helpers/site-build';

const run = promisify(execFile);
const fixture = join(projectRoot, 'tests/fixtures/added-collection');
const SITE_FILES = ['src', 'cms', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

let outDir: string;
let project: string;
const html = (path: string) => readFileSync(join(outDir, decodeURIComponent(path), 'index.html'), 'utf-8');

/** Hard links, not copies: same files, no extra space; build caches stay out (each build keeps its own). */
function linkNodeModules(into: string) {
	mkdirSync(join(into, 'node_modules'));
	for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
		if (name === '.cache' || name === '.astro' || name === '.vite') continue;
		execFileSync('cp', ['-al', join(projectRoot, 'node_modules', name), join(into, 'node_modules', name)]);
	}
}

/** Adds the fixture's registry entry (and its schema's import) the way an engineer would, at the end of the list. */
function addRegistryEntry(registryFile: string) {
	const registry = readFileSync(registryFile, 'utf-8');
	const entry = readFileSync(join(fixture, 'registry-entry.ts'), 'utf-8');
	const end = '] as const;';
	if (!registry.includes(end)) throw new Error(`src/schemas/registry.ts no longer ends its list with "${end}"; update the README and this test`);
	const withImport = registry.replace("import { toolBody, toolSchema } from './tools';", "import { toolBody, toolSchema } from './tools';\nimport { noteBody, noteSchema } from './notes';");
	writeFileSync(registryFile, withImport.replace(end, `${entry}${end}`));
}

beforeAll(async () => {
	project = mkdtempSync(join(tmpdir(), 'gongjian-added-collection-'));
	for (const name of SITE_FILES) cpSync(join(projectRoot, name), join(project, name), { recursive: true });
	linkNodeModules(project);
	// The three things the README lists: the schema file, the registry entry, the content.
	cpSync(join(fixture, 'src/schemas/notes.ts'), join(project, 'src/schemas/notes.ts'));
	addRegistryEntry(join(project, 'src/schemas/registry.ts'));
	const content = join(project, 'content');
	cpSync(join(projectRoot, 'tests/fixtures/basic/content'), content, { recursive: true });
	cpSync(join(fixture, 'content'), content, { recursive: true });

	outDir = join(project, 'dist');
	await run(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		cwd: project,
		env: { ...process.env, GONGJIAN_CONTENT: content, GONGJIAN_CACHE_DIR: join(project, '.cache'), ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 64 * 1024 * 1024,
	}).catch((error: Error & { stdout?: string; stderr?: string }) => {
		error.message = `${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`;
		throw error;
	});
}, 600_000);

afterAll(() => {
	if (project) rmSync(project, { recursive: true, force: true });
});

describe('a collection added with only a schema file, a registry entry and content', () => {
	it('changed no file of the site but the registry', () => {
		for (const name of ['src/lib/model/load.ts', 'src/lib/routes.ts', 'src/content.config.ts', 'src/lib/navigation/global-sidebar.ts']) {
			expect(readFileSync(join(project, name), 'utf-8'), name).toBe(readFileSync(join(projectRoot, name), 'utf-8'));
		}
	});

	it('has a page per entry, with its title, its schema’s facts, its credits and its body', () => {
		const page = dom(html('/notes/first-visit-tea/'));
		expect(page.querySelector('h1')?.textContent).toContain('第一次入户先喝一杯茶');
		const facts = page.querySelector('dl.gj-facts')?.textContent ?? '';
		expect(facts).toContain('地区');
		expect(facts).toContain('北京市朝阳区');
		expect(facts).toContain('服务人群');
		expect(page.querySelector('main')?.textContent).toContain('先接过老人递来的茶');
		expect(page.querySelector('main h2#学到的')).not.toBeNull();
		expect(existsSync(join(outDir, 'notes/knock-twice/index.html'))).toBe(true);
	});

	it('has an index page listing its entries', () => {
		expect(hrefs(html('/notes/'), '[data-collection-index="notes"] a').sort()).toEqual(['/notes/first-visit-tea/', '/notes/knock-twice/']);
	});

	it('has its CMS collection, with its fields from the schema', () => {
		const admin = readFileSync(join(outDir, 'admin/index.html'), 'utf-8');
		expect(admin).toContain('"name":"notes"');
		expect(admin).toContain('"label":"经验笔记"');
		expect(admin).toContain('"folder":"content/notes"');
		expect(admin).toContain('"label":"笔记正文"');
	});

	it('has its search type: the entry pages carry it and the filter panel offers it', () => {
		const meta = dom(html('/notes/first-visit-tea/')).querySelector('[data-search-meta]')?.getAttribute('data-search-meta');
		expect(JSON.parse(meta!)).toMatchObject({ type: '经验笔记', filters: { district: ['北京市朝阳区'], population: ['高龄老人(80+)'] } });
		const types = [...dom(html('/search/')).querySelectorAll('input[name="type"]')].map((input) => input.getAttribute('value'));
		expect(types).toContain('经验笔记');
	});

	it('has its sidebar link on every page with the site-wide sidebar', () => {
		expect(hrefs(html('/cases/'), 'nav.sidebar a')).toContain('/notes/');
		expect(hrefs(html('/notes/'), 'nav.sidebar a')).toContain('/notes/');
	});

	it('lists what an organisation wrote in it on the organisation’s profile', () => {
		expect(hrefs(html('/orgs/org-a/'), '[data-contributions="notes"] a').sort()).toEqual(['/notes/first-visit-tea/', '/notes/knock-twice/']);
	});

	it('gives its files history pages named after the entries', () => {
		expect(dom(html('/history/notes/knock-twice/')).querySelector('main')?.textContent).toContain('敲两次门再等一分钟');
	});
});
