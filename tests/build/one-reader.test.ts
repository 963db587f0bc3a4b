/**
 * The content check and the build read content/ the same way: on a fixture with the messy files a
 * real machine produces (CRLF, a byte-order mark, a Chinese file name, a .gitkeep), the entries
 * Astro stored are exactly the entries the check passed — same collections, ids and files — and
 * the pages built are exactly the URLs the check validates links against.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { unflatten } from 'devalue';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check';
import { modelFromEntries } from '../../src/lib/content/entries-model';
import { listContentFiles } from '../../src/lib/content/files';
import { storeId } from '../../src/lib/content/reader-loader';
import { siteUrls } from '../../src/lib/model/site-urls';
import { fixtureSite } from '../corpus/fixture-site';
import { unusualInputs } from '../corpus/unusual-inputs';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/site-build';

let content: string;
let site: BuiltSite;

beforeAll(async () => {
	const fixture = fixtureSite();
	content = fixture.content;
	for (const input of unusualInputs) input.mutate(content);
	site = await buildSite(content);
});

/** Every entry Astro's content layer stored, as `collection id file`. */
function storedEntries(): string[] {
	const storeFile = join(dirname(site.outDir), 'cache/data-store.json');
	const store = unflatten(JSON.parse(readFileSync(storeFile, 'utf-8'))) as Map<string, Map<string, { filePath?: string }>>;
	return [...store]
		// Astro's own bookkeeping and Starlight's UI strings are not content.
		.filter(([collection]) => collection !== 'i18n' && !collection.startsWith('meta::'))
		.flatMap(([collection, entries]) =>
			[...entries].map(([id, entry]) => `${collection} ${id} ${entry.filePath ? relative(content, resolve(projectRoot, entry.filePath)).split("\\").join("/") : "(no file)"}`),
		)
		.sort();
}

function builtUrls(dir = site.outDir, base = '/'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
		if (item.isDirectory()) return ['pagefind', 'admin', '_astro'].includes(item.name) && base === '/' ? [] : builtUrls(join(dir, item.name), `${base}${item.name}/`);
		if (item.name === 'index.html') return [base];
		// Downloads are pages too: each citation file and open-data file is linked from a page.
		if (base.startsWith('/cite/') || base.startsWith('/data/')) return [`${base}${item.name}`];
		return item.name.endsWith('.xml') && !item.name.startsWith('sitemap') ? [`${base}${item.name}`] : [];
	});
}

describe('one reader for the check and the build', () => {
	it('the check passes the messy fixture', () => {
		expect(checkContent(content, join(content, '../public')).problems).toEqual([]);
	});

	it('the build stores exactly the entries the check read, with the same ids and files', () => {
		const { entries } = checkContent(content, join(content, '../public'));
		const checked = entries.map((e) => `${e.file.collection.name} ${e.file.collection.kind === 'file' ? e.file.collection.name : storeId(e.file, e.id)} ${e.file.relativePath}`).sort();
		expect(checked).toContain('cases case-three cases/案例三.md');
		expect(storedEntries()).toEqual(checked);
	});

	it('builds exactly the pages the link check knows', () => {
		const { entries } = checkContent(content, join(content, '../public'));
		const known = siteUrls(modelFromEntries(entries)!, listContentFiles(content));
		const built = builtUrls().map((url) => decodeURIComponent(url));
		expect(built).toEqual(expect.arrayContaining(['/', '/cases/population/高龄老人-80/', '/guide/print/', '/updates.xml']));
		expect([...known].map((url) => decodeURIComponent(url)).filter((url) => url !== '/admin/').sort()).toEqual(built.sort());
		expect(site.exists('/admin/')).toBe(true);
	});
});
