/**
 * Editing under a running `astro dev` (the real dev server on a copy of the basic fixture): each
 * saved change shows on the next reload, including changes in another collection that the page
 * only reads through the site model (who cites a case, what an organisation is called). Guards
 * the dev-only parts that make edits show sooner: the content store module read from its file
 * (src/lib/integrations/dev-content-store.ts), the site model reshaped only when content changed
 * (src/lib/model/load.ts) and entries stored without a second copy of their frontmatter
 * (src/lib/content/lean-store.ts). How fast is measured by `npm run bench:dev`, not here.
 *
 * Astro keeps the dev content store in the project's own .astro/ folder: this test leaves the
 * fixture's store there, and the next `npm run dev` reloads content/ into it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareCardSize } from '../../src/lib/share/share-card';
import { startAstroDev, type AstroDev } from '../../tools/lib/dev/astro-dev';
import { freePort } from '../../tools/lib/cms/local/free-port';
import { copyFixture, projectRoot } from '../helpers/site-build';
import { eventually } from '../helpers/cms-local';
import { textOf } from '../helpers/dom';

let contentDir: string;
let dev: AstroDev;

const edit = (relativePath: string, change: (text: string) => string) => {
	const file = join(contentDir, relativePath);
	const before = readFileSync(file, 'utf-8');
	const after = change(before);
	expect(after).not.toBe(before);
	writeFileSync(file, after);
};

/** The text of the "cited by" section of a case page. */
const citedBy = (html: string) => html.slice(html.indexOf('id="cited-by"'));

beforeAll(async () => {
	contentDir = copyFixture('basic');
	dev = await startAstroDev({
		astroBin: join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
		root: projectRoot,
		port: await freePort(4471),
		env: { GONGJIAN_CONTENT: contentDir },
	});
}, 240_000);

afterAll(async () => {
	await dev?.stop();
});

describe('editing content under astro dev', () => {
	it('serves the case page from the content as it was at start', async () => {
		const html = await dev.page('/cases/case-two/');
		expect(html).toContain('乙中心的社区支持');
		expect(citedBy(html)).not.toContain('关于高龄老人探访的建议');
	});

	it('serves the share card the page names (a build writes them as files instead)', async () => {
		const html = await dev.page('/cases/case-two/');
		const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
		expect(image).toMatch(/\/og\/cases\/case-two\.png$/);
		const response = await fetch(`${dev.origin}${new URL(image!).pathname}`);
		expect(response.headers.get('content-type')).toBe('image/png');
		const { width, height } = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
		expect({ width, height }).toEqual(shareCardSize);
	});

	it("shows an edited case's new title on reload", async () => {
		edit('cases/case-two.md', (text) => text.replace('title: 乙中心的社区支持', 'title: 乙中心的社区支持（修订）'));
		await eventually(async () => {
			const html = await dev.page('/cases/case-two/');
			expect(html).toContain('<title>乙中心的社区支持（修订）');
		}, 30_000);
	});

	it('shows a new citation from a brief on the cited case', async () => {
		edit('briefs/brief-one.md', (text) => text.replace('evidence_cases:\n  - case-one\n', 'evidence_cases:\n  - case-one\n  - case-two\n'));
		await eventually(async () => {
			expect(citedBy(await dev.page('/cases/case-two/'))).toContain('关于高龄老人探访的建议');
		}, 30_000);
		// The other case still shows it too, and the brief lists both.
		expect(citedBy(await dev.page('/cases/case-one/'))).toContain('关于高龄老人探访的建议');
		expect(await dev.page('/briefs/brief-one/')).toContain('乙中心的社区支持（修订）');
	});

	it("shows an organisation's new name in the credits of its case", async () => {
		edit('organisations/org-b.yaml', (text) => text.replace('name: 乙支持中心', 'name: 乙社区支持中心'));
		await eventually(async () => {
			const html = await dev.page('/cases/case-two/');
			expect(textOf(html, '.gj-credits')).toContain('乙社区支持中心');
		}, 30_000);
	});

	it('keeps one copy of each frontmatter in the content store', () => {
		const store = readFileSync(join(projectRoot, '.astro/data-store.json'), 'utf-8');
		// The store holds the fixture's rendered pages (so it is the one this server wrote)…
		expect(store).toContain('乙社区支持中心');
		expect(store).toContain('"metadata":');
		// …without the renderer's copy of their frontmatter.
		expect(store).not.toContain('"frontmatter":');
	});
});
