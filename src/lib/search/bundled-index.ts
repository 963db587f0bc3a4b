/**
 * A Pagefind index written in bundles: records go in one at a time, in order, and every
 * `limit`-th record closes a bundle (its files written, its Pagefind process ended, which frees
 * its memory) before the next one opens.
 *
 * Pagefind holds every record of an index in memory until it writes the files, and writing takes
 * several times that again: at 5,000 searchable pages its process peaked at 3.1 GB on top of the
 * build's own 1.2 GB (`npm run bench`). So a large site is indexed in bundles of at most
 * `pagesPerBundle` pages, and the browser merges them (`mergeIndex`, see load-pagefind.ts). The
 * first bundle is the usual /pagefind/; the others go to /pagefind/bundles/<n>/, listed in
 * /pagefind/gongjian-bundles.json. A site of up to `pagesPerBundle` pages gets one bundle.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { CustomRecord } from 'pagefind';
import { BUNDLE_MANIFEST, type BundleManifest } from './bundle-manifest';
import { pagefindCall } from './pagefind-exit';

/** Large enough that the 2,000-page corpus of the search budget is one bundle. */
export const DEFAULT_PAGES_PER_BUNDLE = 2500;

/**
 * As few bundles as the cap allows, of even size: every bundle costs the first search its own
 * metadata and index chunks, and Pagefind's memory grows with the bundle, so 5,149 pages make
 * three bundles of 1,717, not 2,500 + 2,500 + 149. `expected` may be an estimate: a bundle never
 * exceeds the cap, and pages beyond the estimate fill the last bundle up to it.
 */
export function bundleLimits(expected: number, cap: number): (bundle: number) => number {
	const bundles = Math.max(1, Math.ceil(expected / cap));
	const even = Math.max(1, Math.ceil(expected / bundles));
	return (bundle) => (bundle < bundles - 1 ? even : cap);
}

/** Path of bundle `n` (0-based) relative to /pagefind/. */
const bundleDir = (n: number) => (n === 0 ? '' : `bundles/${n}/`);

/** One Pagefind process indexing one bundle. Records go to it without waiting for each answer. */
interface OpenBundle {
	index: pagefind.PagefindIndex;
	added: Promise<unknown>[];
}

export interface BundledSummary {
	pages: number;
	bundles: number;
	/** The largest bundle's page count. */
	pagesPerBundle: number;
}

export class BundledIndex {
	private open: Promise<OpenBundle> | undefined;
	private inOpen = 0;
	private readonly written: string[] = [];
	private largest = 0;
	private pages = 0;
	/** Every step runs after the one before: records keep their order, bundles close one at a time. */
	private chain: Promise<void> = Promise.resolve();
	/** Records handed over but not yet given to Pagefind (they wait while a bundle is written). */
	private queued = 0;
	private failure: { error: unknown } | undefined;
	/** Readers paused in `drainTo`, woken as records reach Pagefind. */
	private drained: { most: number; resolve: () => void }[] = [];

	/** `root` is the site's /pagefind/ folder. */
	constructor(
		private readonly root: string,
		private readonly limit: (bundle: number) => number,
	) {}

	/** Queues one record; a failure surfaces from `finish`. */
	add(record: CustomRecord): void {
		this.queued++;
		this.step(async () => {
			const bundle = await (this.open ??= this.openBundle());
			bundle.added.push(pagefindCall(() => bundle.index.addCustomRecord(record), `indexing ${record.url}`));
			this.pages++;
			if (++this.inOpen >= this.limit(this.written.length)) await this.closeBundle();
		}, () => {
			this.queued--;
			this.wakeDrained();
		});
	}

	/** Resolves once at most `most` records wait, so a reader that runs ahead of Pagefind can pause. */
	drainTo(most: number): Promise<void> {
		if (this.queued <= most || this.failure) return Promise.resolve();
		return new Promise((resolve) => this.drained.push({ most, resolve }));
	}

	/** Writes the last bundle and the list of bundles; rejects with the first failure of any step. */
	async finish(): Promise<BundledSummary> {
		this.step(async () => {
			// Later steps list the site's top folders (the _headers file): /pagefind/ is there even with no searchable page.
			await mkdir(this.root, { recursive: true });
			if (this.open || !this.written.length) await this.closeBundle();
			const manifest: BundleManifest = { bundles: this.written.slice(1) };
			await writeFile(join(this.root, BUNDLE_MANIFEST), JSON.stringify(manifest));
		});
		await this.chain;
		if (this.failure) throw this.failure.error;
		return { pages: this.pages, bundles: this.written.length, pagesPerBundle: this.largest };
	}

	/** Gives up: the open bundle's Pagefind process ends and nothing more is written. */
	async abandon(): Promise<void> {
		this.step(async () => {
			throw new Error('abandoned');
		});
		await this.chain;
	}

	/** Runs `run` after every earlier step, unless one failed; `always` runs either way. */
	private step(run: () => Promise<void>, always?: () => void): void {
		this.chain = this.chain.then(async () => {
			always?.();
			if (this.failure) return;
			try {
				await run();
			} catch (error) {
				this.failure = { error };
				this.wakeDrained();
				await pagefind.close().catch(() => {});
			}
		});
	}

	private wakeDrained(): void {
		const ready = this.drained.filter(({ most }) => this.queued <= most || this.failure);
		this.drained = this.drained.filter((waiter) => !ready.includes(waiter));
		for (const { resolve } of ready) resolve();
	}

	private async openBundle(): Promise<OpenBundle> {
		const { index } = await pagefindCall(() => pagefind.createIndex({}), 'createIndex');
		return { index: index!, added: [] };
	}

	private async closeBundle(): Promise<void> {
		const bundle = await (this.open ??= this.openBundle());
		try {
			await Promise.all(bundle.added);
			const outputPath = join(this.root, bundleDir(this.written.length));
			// Pagefind's process panics on a folder it cannot make, and its Node API then never answers:
			// made here, the failure is an error naming the folder instead of a build that hangs.
			await mkdir(outputPath, { recursive: true });
			await pagefindCall(() => bundle.index.writeFiles({ outputPath }), 'writeFiles');
		} finally {
			await pagefind.close();
		}
		this.largest = Math.max(this.largest, this.inOpen);
		this.written.push(bundleDir(this.written.length));
		this.open = undefined;
		this.inOpen = 0;
	}
}
