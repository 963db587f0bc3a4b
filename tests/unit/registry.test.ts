/**
 * The collection registry (src/schemas/registry.ts) is the one list of collections: every
 * collection in it appears in the site model, the routes (each content file's page), the CMS
 * config and the search types — and nothing else does. Read from the starter content in
 * content/, through the same check-and-shape path the build's content check takes, so a
 * collection that a loop somewhere forgets (or a list somewhere that names one the registry does
 * not have) fails here.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allCollections, collections, relationsOf } from '../../src/schemas';
import { filterDeclarations } from '../../src/schemas/filters';
import { checkContent } from '../../src/lib/content/check';
import { modelFromEntries } from '../../src/lib/content/entries-model';
import { contentPages } from '../../src/lib/model/entry-pages';
import { contentPathOf } from '../../src/lib/content/paths';
import { globalSidebar } from '../../src/lib/navigation/global-sidebar';
import { searchFilters, searchMetaFor } from '../../src/lib/search/filters';
import { caseFacets } from '../../src/lib/facets';
import { buildCmsConfig } from '../../cms/config/build-config';
import { readBackendSettings } from '../../cms/config/backend-config';
import { projectRoot } from '../helpers/site-build';
import { renderToStaticMarkup } from 'react-dom/server';
import { previewTemplates } from '../../cms/admin/preview/templates';

const names = allCollections.map((c) => c.name);
const folderNames = allCollections.filter((c) => c.kind === 'folder').map((c) => c.name);
const fileNames = allCollections.filter((c) => c.kind === 'file').map((c) => c.name);

const checked = checkContent(join(projectRoot, 'content'));
const site = modelFromEntries(checked.entries)!;

describe('collection registry', () => {
	it('reads the starter content without problems', () => {
		expect(checked.problems).toEqual([]);
		expect(site).toBeDefined();
	});

	it('every collection, and only those, is in the site model, keyed by its name', () => {
		const entryLists = Object.entries(site)
			.filter(([, value]) => Array.isArray(value) && value.every((item: unknown) => typeof item === 'object' && item !== null && 'data' in item && 'id' in item))
			.map(([key]) => key);
		// `editions` is the shaped list of guide editions (views, not entries) — no entry list by that name.
		expect(entryLists.sort()).toEqual([...folderNames].sort());
		expect(Object.keys(site.files).sort()).toEqual([...fileNames].sort());
		for (const name of folderNames) expect((site as unknown as Record<string, unknown[]>)[name].length, name).toBeGreaterThan(0);
		for (const name of fileNames) expect((site.files as Record<string, unknown>)[name], name).toBeDefined();
	});

	it('every content file has a page (its route) of a registry collection, and every collection has pages', () => {
		const pages = contentPages(site);
		const kinds = new Set([...pages.values()].map((page) => page.kind));
		const expectedKinds = allCollections.map((c) => (c.kind === 'file' ? c.label : c.labelSingular));
		expect([...kinds].sort()).toEqual([...new Set(expectedKinds)].sort());
		for (const { file } of checked.entries) {
			// The check's entries carry paths relative to the content root; the map is keyed the way the build's are.
			const page = pages.get(contentPathOf(file.relativePath));
			expect(page, file.relativePath).toBeDefined();
			expect(page!.url, file.relativePath).toMatch(/^\/.*\/$/);
		}
	});

	it('the CMS config has one collection per registry collection, and no other', () => {
		const config = buildCmsConfig({ backend: readBackendSettings({}), editions: ['2024', '2025'], siteUrl: 'https://gongjian.example.org/' });
		expect(config.collections.map((c) => c.name)).toEqual(names);
		expect(config.collections.map((c) => c.label)).toEqual(allCollections.map((c) => c.label));
	});

	it('the search types are the registry collections’ names, and no other', () => {
		const type = searchFilters.find((filter) => filter.key === 'type')!;
		expect(type.options).toEqual(allCollections.map((c) => c.labelSingular));
		for (const definition of collections) expect(searchMetaFor(definition.name, {}, new Map()).type).toBe(definition.labelSingular);
	});

	it('every relation points into a folder collection of the registry', () => {
		const relations = allCollections.flatMap((c) => relationsOf(c).map((r) => ({ from: c.name, ...r })));
		expect(relations.length).toBeGreaterThan(5);
		for (const relation of relations) expect(folderNames, `${relation.from}.${relation.field}`).toContain(relation.target);
	});

	it('the CMS previews each collection whose registry entry names a view, with that view, and no other', () => {
		const withView = allCollections.filter((c) => c.view);
		expect(withView.length).toBeGreaterThan(5);
		expect(Object.keys(previewTemplates).sort()).toEqual(withView.map((c) => c.name).sort());
		// The preview is the view's, titled from the collection's registry entry.
		const glossary = allCollections.find((c) => c.view === 'termList')!;
		const html = renderToStaticMarkup(previewTemplates[glossary.name]({ data: { terms: [{ term: '入户', definition: '上门', source: '通用释义', see_also: [] }] }, names: new Map(), asideTitles: {}, currentEdition: '2025' }) as never);
		expect(html).toContain(glossary.label);
		expect(html).toContain('入户');
	});

	it('the sidebar links each collection that declares one, in declared order', () => {
		const declared = allCollections.flatMap((c) => (c.sidebar ? [c.sidebar] : [])).sort((a, b) => a.position - b.position);
		const links = globalSidebar.flatMap((item) => ('link' in item ? [item] : []));
		const registryLinks = links.filter((item) => declared.some((d) => d.link === item.link));
		expect(registryLinks).toEqual(declared.map(({ label, link }) => ({ label, link })));
	});

	it('the case facets are the filters declared as facets, and their labels come from the one declaration', () => {
		const facets = caseFacets(site);
		const declared = filterDeclarations.filter((f) => 'caseFacet' in f);
		expect(facets.map((f) => f.key).sort()).toEqual(declared.map((f) => f.key).sort());
		for (const facet of facets) expect(searchFilters.find((f) => f.key === facet.key)!.label).toBe(facet.label);
	});
});

/**
 * Files of the site's code outside src/schemas that name three or more collections: a hand-written
 * list. Naming a collection's entries as a type (`Pick<SiteModel, 'modules' | 'sessions'>`) is
 * using them, not listing collections. The tooling folders moving out of src/ (corpus, bench,
 * serve, dev, cms/local) are not the site's code.
 */
const TOOLING = new Set(['src/lib/corpus', 'src/lib/bench', 'src/lib/search/bench', 'src/lib/serve', 'src/lib/dev', 'src/lib/cms/local']);
function listsOfCollections(): string[] {
	const found: string[] = [];
	const literal = new Map(names.map((name) => [name, new RegExp(`['"\`]${name}['"\`]`)]));
	const read = (path: string) => {
		const text = readFileSync(path, 'utf-8').replace(/Pick<SiteModel,[^>]*>/g, '').replace(/SiteModel\['\w+'\]/g, '');
		const named = names.filter((collection) => literal.get(collection)!.test(text));
		if (named.length >= 3) found.push(`${relative(projectRoot, path)}: ${named.join(', ')}`);
	};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (TOOLING.has(relative(projectRoot, path))) continue;
			if (statSync(path).isDirectory()) walk(path);
			else if (/\.(ts|tsx|astro|mjs)$/.test(name)) read(path);
		}
	};
	read(join(projectRoot, 'src/content.config.ts'));
	read(join(projectRoot, 'astro.config.mjs'));
	for (const dir of ['src/lib', 'src/pages', 'src/components', 'src/markdown', 'cms/config', 'cms/admin']) walk(join(projectRoot, dir));
	return [...new Set(found)];
}

describe('no other list of collections', () => {
	it('no file outside src/schemas names three or more collections', () => {
		expect(listsOfCollections()).toEqual([]);
	});
});
