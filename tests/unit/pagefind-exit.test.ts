/**
 * Calls to Pagefind's real Node API through `answered` (src/lib/search/pagefind-exit.ts). Pagefind's
 * process panics when told to write its files under a path that is a file; its API alone then
 * never answers, which left a build waiting forever. Through `answered` the call fails with the
 * process's exit code. A process ended by `pagefind.close()` fails nothing, not even a call to
 * the next process started at once.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answered } from '../../src/lib/search/pagefind-exit';

const record = { url: '/cases/c0/', content: '独居老人冬季入户探访（示例）。', language: 'zh-cn', meta: { title: '案例' } };

describe('a Pagefind call', () => {
	let root: string;
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'gj-pagefind-exit-'));
	});
	afterAll(async () => {
		await pagefind.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('fails with the exit code when Pagefind\'s process dies before answering', { timeout: 60_000 }, async () => {
		const blocked = join(root, 'a-file');
		writeFileSync(blocked, '');
		const { index } = await answered(() => pagefind.createIndex({}));
		await answered(() => index!.addCustomRecord(record));
		await expect(answered(() => index!.writeFiles({ outputPath: join(blocked, 'pagefind') }))).rejects.toThrow(/Pagefind's process ended unexpectedly \(exit code \d+\)/);
		await pagefind.close();
	});

	it('is not failed by a process that pagefind.close() ended', { timeout: 60_000 }, async () => {
		for (const name of ['first', 'second']) {
			const { index } = await answered(() => pagefind.createIndex({}));
			await answered(() => index!.addCustomRecord(record));
			const { errors } = await answered(() => index!.writeFiles({ outputPath: join(root, name) }));
			expect(errors).toEqual([]);
			// The next process starts while this one is still ending.
			await pagefind.close();
		}
		expect(readdirSync(join(root, 'second'))).toContain('pagefind.js');
	});
});
