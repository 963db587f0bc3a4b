/**
 * How long an edit takes to show in `astro dev`: start the dev server on a site, load a page, change
 * the title in the page's source file, and reload until the new title is served.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { startAstroDev } from '../dev/astro-dev';

export interface DevEditTiming {
	/** Dev server start until it answers. */
	startMs: number;
	/** First render of the page (a cold page). */
	firstPageMs: number;
	/** A reload of the same page with nothing changed. */
	reloadMs: number;
	/** From saving the file to a reload that shows the edit, for each edit. */
	editMs: number[];
}

export interface DevEditSite {
	/** Path of `astro/bin/astro.mjs`. */
	astroBin: string;
	/** The site's root (its astro.config.mjs). */
	root: string;
	env?: Record<string, string>;
	/** The page to reload, e.g. `/cases/gen-case-00042/`. */
	pagePath: string;
	/** The Markdown file behind it, whose `title:` line is edited. */
	file: string;
	port: number;
	edits?: number;
}

export async function measureDevEdit(site: DevEditSite): Promise<DevEditTiming> {
	const started = performance.now();
	const server = await startAstroDev(site);
	const original = readFileSync(site.file, 'utf-8');
	try {
		const startMs = performance.now() - started;
		let t = performance.now();
		await server.page(site.pagePath);
		const firstPageMs = performance.now() - t;
		t = performance.now();
		await server.page(site.pagePath);
		const reloadMs = performance.now() - t;

		const editMs: number[] = [];
		for (let edit = 1; edit <= (site.edits ?? 3); edit++) {
			const marker = `改过的标题${edit}号`;
			writeFileSync(site.file, original.replace(/^title: .*$/m, `title: ${marker}`));
			t = performance.now();
			while (!(await server.page(site.pagePath)).includes(marker)) {
				if (performance.now() - t > 60_000) throw new Error(`The edit did not show within 60 s:\n${server.log().slice(-3000)}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			editMs.push(performance.now() - t);
		}
		return { startMs, firstPageMs, reloadMs, editMs };
	} finally {
		writeFileSync(site.file, original);
		await server.stop();
	}
}
