/**
 * The dev-only content store module (src/lib/integrations/dev-content-store.ts): it must answer
 * for the module and file Astro actually uses, before Astro's own hook, and its code must evaluate
 * to exactly the JSON in the file. The whole path under a running `astro dev` is covered by
 * tests/build/dev-edit.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { DEV_STORE_FILE, STORE_MODULE, storeModuleFromFile } from '../../src/lib/integrations/dev-content-store';
import { projectRoot } from '../helpers/site-build';

type LoadHook = { order?: string; filter: { id: RegExp }; handler: () => string | null };
const loadHook = (plugin: Plugin) => plugin.load as unknown as LoadHook;

/** Astro's own constants, read from the installed package, so an upgrade that renames them fails here. */
const astroConsts = readFileSync(join(projectRoot, 'node_modules/astro/dist/content/consts.js'), 'utf-8');
const constant = (name: string) => astroConsts.match(new RegExp(`const ${name} = "([^"]+)"`))?.[1];

describe('dev content store module', () => {
	it("matches Astro's content store module and file", () => {
		const id = constant('DATA_STORE_VIRTUAL_ID');
		expect(id).toBeDefined();
		expect(STORE_MODULE.test(`\0${id}`)).toBe(true);
		expect(DEV_STORE_FILE).toBe(`.astro/${constant('DATA_STORE_FILE')}`);
		expect(loadHook(storeModuleFromFile('/x')).filter.id).toBe(STORE_MODULE);
	});

	it("runs before Astro's load hook, in dev only", () => {
		const plugin = storeModuleFromFile('/x');
		expect(loadHook(plugin).order).toBe('pre');
		expect(plugin.apply).toBe('serve');
	});

	it('leaves a missing store to Astro', () => {
		expect(loadHook(storeModuleFromFile(join(tmpdir(), 'no-such-store.json'))).handler()).toBeNull();
	});

	it('evaluates to exactly the JSON in the file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'gongjian-store-'));
		const store = join(dir, 'data-store.json');
		// Shaped like devalue's output, with the characters that break naive inlining.
		const value = [{ cases: 1 }, ['案例“甲”\\n', 'line\u2028separator', '</script>', 42, null, true]];
		writeFileSync(store, JSON.stringify(value));
		const module = join(dir, 'module.mjs');
		writeFileSync(module, loadHook(storeModuleFromFile(store)).handler()!);
		expect((await import(pathToFileURL(module).href)).default).toEqual(value);
		// Read when evaluated, not when the code was made: a rewritten store is what a fresh module sees.
		writeFileSync(store, JSON.stringify(['changed']));
		expect((await import(`${pathToFileURL(module).href}?again`)).default).toEqual(['changed']);
	});
});
