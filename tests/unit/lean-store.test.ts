/** Entries stored without the renderer's copy of their frontmatter (src/lib/content/lean-store.ts). */
import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { leanStore, withoutRenderedFrontmatter } from '../../src/lib/content/lean-store';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

const rendered = (frontmatter?: Record<string, unknown>) => ({
	html: '<p>正文</p>',
	metadata: { headings: [{ depth: 2, slug: 'a', text: '甲' }], imagePaths: [], ...(frontmatter ? { frontmatter } : {}) },
});

describe('withoutRenderedFrontmatter', () => {
	it('drops the copy and keeps everything else', () => {
		const entry: StoredEntry = { id: 'case-one', data: { title: '甲' }, digest: 'abc', rendered: rendered({ title: '甲' }) };
		expect(withoutRenderedFrontmatter(entry)).toEqual({ id: 'case-one', data: { title: '甲' }, digest: 'abc', rendered: rendered() });
		// The loader's own object is left as it was.
		expect(entry.rendered?.metadata?.frontmatter).toEqual({ title: '甲' });
	});

	it('passes entries without rendered frontmatter through unchanged', () => {
		const data: StoredEntry = { id: 'org-a', data: { name: '甲' } };
		const plain: StoredEntry = { id: 'case-two', data: {}, rendered: rendered() };
		expect(withoutRenderedFrontmatter(data)).toBe(data);
		expect(withoutRenderedFrontmatter(plain)).toBe(plain);
	});
});

describe('leanStore', () => {
	it("stores the wrapped loader's entries without the copy, and reports what the store reports", async () => {
		const stored: StoredEntry[] = [];
		const store = { set: (entry: StoredEntry) => (stored.push(entry), entry.id !== 'unchanged'), get: () => undefined } as unknown as LoaderContext['store'];
		const results: boolean[] = [];
		const inner: Loader = {
			name: 'inner',
			load: async ({ store }) => {
				results.push(store.set({ id: 'changed', data: {}, rendered: rendered({ a: 1 }) }));
				results.push(store.set({ id: 'unchanged', data: {}, rendered: rendered({ a: 1 }) }));
			},
		};
		const lean = leanStore(inner);
		expect(lean.name).toBe('inner');
		await lean.load({ store } as LoaderContext);
		expect(stored.map((entry) => entry.rendered?.metadata)).toEqual([rendered().metadata, rendered().metadata]);
		expect(results).toEqual([true, false]);
	});
});
