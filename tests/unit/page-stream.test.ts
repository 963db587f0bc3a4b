/**
 * The search index built while the pages render (src/lib/search/page-stream.ts), with the real
 * index worker started through tsx and real Pagefind processes: pages handed over as they render
 * and pages the renderer never handed over end up in one index holding exactly the records that
 * indexing the built files afterwards gives, in bundles no larger than the cap. If the worker
 * cannot start, or fails, the build indexes the built files instead and loses nothing.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUNDLE_MANIFEST } from '../../src/lib/search/bundle-manifest';
import { bundleLimits } from '../../src/lib/search/bundled-index';
import { closePageStream, openPageStream, pageUrl, startPageStream, streamPage, type StreamedIndexJob } from '../../src/lib/search/page-stream';
import { writeSearchIndex, type SearchIndexSummary } from '../../src/lib/search/write-search-index';
import { indexedRecords } from '../helpers/pagefind-records';
import { projectRoot } from '../helpers/site-build';

const WORKER = join(projectRoot, 'src/lib/search/index-worker.ts');

const page = (title: string, body: string, searchable = true) =>
	`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>` +
	`<main${searchable ? ' data-pagefind-body' : ''}><h1>${title}</h1><p>${body}</p></main></body></html>`;

/** A site as the renderer produces it: each page's request path, its file, its HTML. */
const rendered = [
	{ path: '/cases/c0/', file: 'cases/c0/index.html', html: page('居家探访案例', '独居老人冬季入户探访的做法（示例）。') },
	{ path: '/cases/c1/', file: 'cases/c1/index.html', html: page('社区食堂案例', '社区助餐点与转介流程（示例）。') },
	{ path: '/cases/c2/', file: 'cases/c2/index.html', html: page('助浴服务案例', '上门助浴的安全检查（示例）。') },
	{ path: '/cases/', file: 'cases/index.html', html: page('案例库', '全部案例的列表。', false) },
	// Astro requests a folder with non-ASCII letters percent-encoded, and writes it as they are.
	{ path: '/orgs/%E5%8C%97%E4%BA%AC%E5%8D%8F%E4%BD%9C%E8%80%85/', file: 'orgs/北京协作者/index.html', html: page('北京协作者', '机构介绍（示例）。') },
	{ path: '/404', file: '404.html', html: page('找不到页面', '这个地址没有页面。', false) },
];
/** Written into the output by some other step: the renderer never hands it over. */
const writtenAfter = { file: 'guide/extra/index.html', html: page('认知障碍照护', '家庭照护者的支持（示例）。') };

function writeSite(outDir: string) {
	for (const { file, html } of [...rendered, writtenAfter]) {
		mkdirSync(dirname(join(outDir, file)), { recursive: true });
		writeFileSync(join(outDir, file), html);
	}
}

const pagefindAtRead = new Map<string, boolean>();

async function streamSite(
	outDir: string,
	workerFile: string,
	pagesPerBundle = 2,
	whileRendering: () => Promise<void> = async () => {},
): Promise<{ job: StreamedIndexJob; summary: SearchIndexSummary }> {
	openPageStream({ outDir, pagesPerBundle, workerFile });
	startPageStream(rendered.length);
	for (const { path, html } of rendered) streamPage(path, new TextEncoder().encode(html));
	await whileRendering();
	writeSite(outDir);
	const job = await closePageStream(outDir);
	await job.pagesRead;
	// What the CSP step lists right after (the _headers file names every top folder).
	pagefindAtRead.set(outDir, existsSync(join(outDir, 'pagefind')));
	return { job, summary: await job.written };
}

describe('the search index built while the pages render', () => {
	let root: string;
	let expected: ReturnType<typeof indexedRecords>;
	let streamed: { job: StreamedIndexJob; summary: SearchIndexSummary };
	let streamedDir: string;

	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'gongjian-page-stream-'));
		const fromFiles = join(root, 'from-files');
		writeSite(fromFiles);
		await writeSearchIndex(fromFiles, { pagesPerBundle: 2 });
		expected = indexedRecords(join(fromFiles, 'pagefind'));
		streamedDir = join(root, 'streamed');
		streamed = await streamSite(streamedDir, WORKER);
	}, 120_000);

	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('maps each request path to the URL of the file Astro writes', () => {
		expect(pageUrl('/cases/c0/')).toBe('/cases/c0/');
		expect(pageUrl('/404')).toBe('/404.html');
		expect(pageUrl('/orgs/%E5%8C%97%E4%BA%AC/')).toBe('/orgs/北京/');
	});

	it('holds exactly the records indexing the built files gives', () => {
		expect(expected.map((record) => record.url)).toEqual(['/cases/c0/', '/cases/c1/', '/cases/c2/', '/guide/extra/', '/orgs/北京协作者/']);
		expect(indexedRecords(join(streamedDir, 'pagefind'))).toEqual(expected);
	});

	it('indexed the handed-over pages in the worker and read only the page the renderer never handed over', () => {
		expect(streamed.job.fellBack).toBeUndefined();
		expect(streamed.job.readAfter).toBe(1);
		expect(streamed.summary).toMatchObject({ pages: 5, files: 7, bundles: 3, pagesPerBundle: 2 });
		expect(JSON.parse(readFileSync(join(streamedDir, 'pagefind', BUNDLE_MANIFEST), 'utf-8'))).toEqual({ bundles: ['bundles/1/', 'bundles/2/'] });
	});

	it('has created /pagefind/ when it hands the build back, before the one bundle is written, for the step that lists the top folders', async () => {
		const outDir = join(root, 'one-bundle');
		const { summary } = await streamSite(outDir, WORKER, 100);
		expect(pagefindAtRead.get(outDir)).toBe(true);
		expect(summary).toMatchObject({ pages: 5, bundles: 1 });
		expect(indexedRecords(join(outDir, 'pagefind'))).toEqual(expected);
	}, 60_000);

	it('indexes the built files instead when the worker cannot start, and loses nothing', async () => {
		const outDir = join(root, 'no-worker');
		const { job, summary } = await streamSite(outDir, join(root, 'missing-worker.ts'));
		expect(job.fellBack).toMatch(/no index worker at .*missing-worker\.ts/);
		expect(indexedRecords(join(outDir, 'pagefind'))).toEqual(expected);
		// The bundle size the build asked for still holds.
		expect(summary).toMatchObject({ pages: 5, bundles: 3, pagesPerBundle: 2 });
	}, 60_000);

	it('indexes the built files instead when the worker fails, and loses nothing', async () => {
		const broken = join(root, 'broken-worker.ts');
		writeFileSync(broken, "throw new Error('index worker broken on purpose');\n");
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const outDir = join(root, 'failing-worker');
		// A failed earlier bundle may have left files: the fallback starts from an empty /pagefind/.
		cpSync(join(streamedDir, 'pagefind'), join(outDir, 'pagefind'), { recursive: true });
		const { job, summary } = await streamSite(outDir, broken);
		expect(summary).toMatchObject({ pages: 5, bundles: 3, pagesPerBundle: 2 });
		const warned = warn.mock.calls.join('\n');
		warn.mockRestore();
		expect(job.fellBack ?? warned).toMatch(/broken on purpose/);
		expect(indexedRecords(join(outDir, 'pagefind'))).toEqual(expected);
	}, 60_000);
});

/** The live Pagefind processes this test process started (from any of its threads), from /proc: Linux only, as CI is. */
function pagefindProcesses(): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.flatMap((pid) => {
			try {
				const [, command, state, parent] = /^\d+ \((.*)\) (\S+) (\d+)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf-8')) ?? [];
				return Number(parent) === process.pid && command?.startsWith('pagefind') && state !== 'Z' ? [Number(pid)] : [];
			} catch {
				return []; // ended while listed
			}
		});
}

describe('when Pagefind\'s process dies under the index worker', () => {
	let root: string;
	beforeAll(() => {
		root = mkdtempSync(join(tmpdir(), 'gongjian-page-stream-killed-'));
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('indexes the built files instead, and loses nothing', { timeout: 60_000 }, async () => {
		const fromFiles = join(root, 'from-files');
		writeSite(fromFiles);
		await writeSearchIndex(fromFiles, { pagesPerBundle: 2 });
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const outDir = join(root, 'killed');
		// Earlier tests' processes may still be ending.
		const before = new Set(pagefindProcesses());
		const killed: number[] = [];
		// One bundle: its process stays up until the build ends, waiting for more pages.
		const { job, summary } = await streamSite(outDir, WORKER, 100, async () => {
			// As the kernel's out-of-memory killer would.
			for (let tries = 0; killed.length === 0 && tries < 200; tries++) {
				for (const pid of pagefindProcesses().filter((pid) => !before.has(pid))) {
					process.kill(pid, 'SIGKILL');
					killed.push(pid);
				}
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		});
		const warned = warn.mock.calls.join('\n');
		warn.mockRestore();
		error.mockRestore();
		expect(killed.length).toBeGreaterThan(0);
		expect(job.fellBack ?? warned).toMatch(/Pagefind/);
		expect(summary).toMatchObject({ pages: 5, bundles: 1 });
		expect(indexedRecords(join(outDir, 'pagefind'))).toEqual(indexedRecords(join(fromFiles, 'pagefind')));
	});
});

describe('bundleLimits', () => {
	const sizes = (expected: number, cap: number, pages: number) => {
		const limit = bundleLimits(expected, cap);
		const bundles: number[] = [];
		for (let left = pages; left > 0; left -= bundles.at(-1)!) bundles.push(Math.min(left, limit(bundles.length)));
		return bundles;
	};

	it('makes as few bundles as the cap allows, of even size', () => {
		expect(sizes(5149, 2500, 5149)).toEqual([1717, 1717, 1715]);
		expect(sizes(2000, 2500, 2000)).toEqual([2000]);
	});

	it('never exceeds the cap when the estimate is short, and fills the last bundle first', () => {
		expect(sizes(5147, 2500, 5160)).toEqual([1716, 1716, 1728]);
		expect(sizes(4, 3, 10)).toEqual([2, 3, 3, 2]);
		expect(sizes(0, 2, 3)).toEqual([2, 1]);
	});
});
