/**
 * A fixture built twice, before and after an edit of its content, served from one origin (the
 * reader's storage is per origin) by swapping the folder the server reads, and opened in Chromium
 * with every request it makes recorded (`<method> <url> <post data>`): for tests of what a reader's
 * browser remembers between visits.
 */
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { serveSite, type StaticSite } from '../../tools/lib/serve/static-site';
import { buildSite, copyFixture, type BuiltSite } from './site-build';

export interface TwoBuilds {
	first: BuiltSite;
	second: BuiltSite;
	server: StaticSite;
	browser: Chromium;
	requests: string[];
	/** Serves the given build from now on. */
	serve(build: BuiltSite): void;
	/** Opens a path of the build being served, in `page` or a new page, once the network is idle. */
	open(path: string, page?: Page): Promise<Page>;
	close(): Promise<void>;
}

/** `prepare` edits the fixture's copy before the first build, `change` between the two builds; both get the copy's content folder. */
export async function twoBuildsInChromium(fixture: string, { prepare, change }: { prepare?: (content: string) => void; change: (content: string) => void }): Promise<TwoBuilds> {
	const content = copyFixture(fixture);
	prepare?.(content);
	const first = await buildSite(content);
	change(content);
	const second = await buildSite(content);
	let root = first.outDir;
	const server = await serveSite({ root: () => root });
	const browser = await launchChromium();
	const requests: string[] = [];
	browser.context.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
	return {
		first,
		second,
		server,
		browser,
		requests,
		serve: (build) => {
			root = build.outDir;
		},
		open: async (path, page) => {
			const target = page ?? (await browser.context.newPage());
			await target.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
			return target;
		},
		close: async () => {
			await browser.close();
			await server.close();
		},
	};
}
