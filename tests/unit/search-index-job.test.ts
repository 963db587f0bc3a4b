/**
 * The search index step as the build runs it: it hands the build back once every page is read,
 * and Pagefind finishes afterwards while the CSP pass rewrites the pages. Rewriting them then must
 * not change the index, and the index must be the one a step that never let go would write.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_MANIFEST } from '../../src/lib/search/bundle-manifest';
import { startSearchIndex, writeSearchIndex, type SearchIndexSummary } from '../../src/lib/search/write-search-index';

const topics = ['居家探访', '社区食堂', '助浴服务', '认知障碍', '家庭照护者', '志愿者培训', '政策倡导'];

const entryPage = (topic: string, n: number) =>
	`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${topic}</title></head><body>` +
	`<main data-pagefind-body><h1>${topic}案例${n}</h1><p>${topic}的做法与反思，第${n}篇。</p></main></body></html>`;

/** Five searchable pages and two lists without `data-pagefind-body`, as a build leaves them. */
function builtSite(root: string): string {
	const outDir = join(root, 'dist');
	topics.forEach((topic, n) => {
		mkdirSync(join(outDir, 'cases', `c${n}`), { recursive: true });
		const html = n < 5 ? entryPage(topic, n) : `<!doctype html><html><body><main><h1>列表 ${topic}</h1></main></body></html>`;
		writeFileSync(join(outDir, 'cases', `c${n}`, 'index.html'), html);
	});
	return outDir;
}

function filesUnder(dir: string): Map<string, string> {
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(entries.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]));
}

describe('startSearchIndex', () => {
	let root: string;
	let together: string;
	let overlapped: string;
	let summary: SearchIndexSummary;
	let pagefindDirAtRead: boolean;

	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'gongjian-search-job-'));
		together = builtSite(join(root, 'together'));
		await writeSearchIndex(together, { pagesPerBundle: 2 });

		overlapped = builtSite(join(root, 'overlapped'));
		const job = startSearchIndex(overlapped, { pagesPerBundle: 2 });
		await job.pagesRead;
		pagefindDirAtRead = existsSync(join(overlapped, 'pagefind'));
		// What the CSP pass does once the pages are read: every page rewritten, its text included.
		for (const [n] of topics.entries()) {
			const file = join(overlapped, 'cases', `c${n}`, 'index.html');
			writeFileSync(file, readFileSync(file, 'utf-8').replaceAll('案例', '改写后的页面'));
		}
		summary = await job.written;
	}, 120_000);

	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('indexes the searchable pages in bundles of the given size', () => {
		expect(summary).toMatchObject({ pages: 5, files: 7, bundles: 3, pagesPerBundle: 2 });
		expect(JSON.parse(readFileSync(join(overlapped, 'pagefind', BUNDLE_MANIFEST), 'utf-8'))).toEqual({ bundles: ['bundles/1/', 'bundles/2/'] });
	});

	it('has created /pagefind/ by the time the pages are read, for the steps that list the site', () => {
		expect(pagefindDirAtRead).toBe(true);
	});

	it('writes the same index as a step that waits for Pagefind, whatever happens to the pages after they are read', () => {
		const expected = filesUnder(join(together, 'pagefind'));
		expect(expected.size).toBeGreaterThan(10);
		expect(filesUnder(join(overlapped, 'pagefind'))).toEqual(expected);
	});

	it('fails its `written` promise, not the process, when the pages cannot be read', async () => {
		const job = startSearchIndex(join(root, 'missing'));
		await expect(job.pagesRead).rejects.toThrow(/ENOENT/);
		await expect(job.written).rejects.toThrow(/ENOENT/);
	});
});
