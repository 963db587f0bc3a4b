/**
 * BundledIndex's read-ahead limit (src/lib/search/bundled-index.ts) with real Pagefind processes:
 * a reader that waits in `drainTo` is held while more records wait than it allows, is woken once
 * they have reached Pagefind, and is never left waiting after a failure. A folder Pagefind cannot
 * write to is an error naming it (Pagefind's own process panics there, and its API never answers).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BundledIndex } from '../../src/lib/search/bundled-index';

const record = (n: number) => ({ url: `/cases/c${n}/`, content: `第 ${n} 个案例：独居老人入户探访（示例）。`, language: 'zh-cn', meta: { title: `案例 ${n}` } });

/** Whether `promise` has settled by the time already-queued callbacks have run. */
async function settledNow(promise: Promise<unknown>): Promise<boolean> {
	let settled = false;
	void promise.then(() => (settled = true), () => (settled = true));
	await new Promise((resolve) => setImmediate(resolve));
	return settled;
}

describe('BundledIndex read-ahead', () => {
	let root: string;
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'gj-bundled-'));
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('holds a reader while records wait and lets it go once they reached Pagefind', { timeout: 60_000 }, async () => {
		const index = new BundledIndex(join(root, 'ok', 'pagefind'), () => 2);
		for (let n = 0; n < 5; n++) index.add(record(n));
		const drained = index.drainTo(0);
		expect(await settledNow(drained)).toBe(false);
		// At most five records wait, so a reader allowing five goes on at once.
		expect(await settledNow(index.drainTo(5))).toBe(true);
		await drained;
		const summary = await index.finish();
		expect(summary).toEqual({ pages: 5, bundles: 3, pagesPerBundle: 2 });
	});

	it('lets a waiting reader go when indexing fails', { timeout: 60_000 }, async () => {
		// The output folder is a file, so the first bundle cannot be written.
		const blocked = join(root, 'blocked');
		writeFileSync(blocked, '');
		const index = new BundledIndex(join(blocked, 'pagefind'), () => 1);
		for (let n = 0; n < 3; n++) index.add(record(n));
		await index.drainTo(0);
		await expect(index.finish()).rejects.toThrow(join(blocked, 'pagefind'));
	});
});
