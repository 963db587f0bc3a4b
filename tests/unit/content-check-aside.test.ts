/**
 * The content check on a worker thread (src/lib/content/check-aside.ts) and the loaders that run
 * meanwhile (src/lib/content/reader-loader.ts, check-verdict.ts): the worker finds exactly what
 * the check finds on the main thread, falls back to the main thread when it cannot run, and a
 * loader that meets bad content lets nothing out before the check has reported.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { getCollectionDefinition } from '../../src/schemas';
import { checkContent } from '../../src/lib/content/check';
import { checkContentAside } from '../../src/lib/content/check-aside';
import { setContentCheckVerdict } from '../../src/lib/content/check-verdict';
import { readerLoader } from '../../src/lib/content/reader-loader';
import { copyFixture, projectRoot } from '../helpers/site-build';

const WORKER = join(projectRoot, 'src/lib/content/check-worker.ts');

function replaceIn(root: string, path: string, from: string, to: string) {
	const file = join(root, path);
	const text = readFileSync(file, 'utf-8');
	if (!text.includes(from)) throw new Error(`${path} no longer contains ${from}`);
	writeFileSync(file, text.replace(from, to));
}

/** The basic fixture with three kinds of bad input: a schema error, an unknown id and personal data. */
function badFixture(): string {
	const root = copyFixture('basic');
	replaceIn(root, 'organisations/org-a.yaml', 'district: 北京市朝阳区', 'district: 朝阳');
	replaceIn(root, 'cases/case-two.md', 'org: org-b', 'org: org-x');
	writeFileSync(join(root, 'cases/case-one.md'), `${readFileSync(join(root, 'cases/case-one.md'), 'utf-8')}\n联系家属：13812345678。\n`);
	return root;
}

const publicDir = (root: string) => join(root, '../public');

describe('the content check on a worker thread', () => {
	it('finds exactly the problems the check finds on the main thread, in the same order', async () => {
		const root = badFixture();
		const expected = checkContent(root, publicDir(root)).problems;
		expect(expected.map((p) => p.file)).toEqual(expect.arrayContaining(['organisations/org-a.yaml', 'cases/case-two.md', 'cases/case-one.md']));
		expect(await checkContentAside(root, publicDir(root), WORKER)).toEqual(expected);
	});

	it('finds nothing in good content', async () => {
		const root = copyFixture('basic');
		expect(await checkContentAside(root, publicDir(root), WORKER)).toEqual([]);
	});

	it('checks on the main thread when the worker file is missing', async () => {
		const root = badFixture();
		const problems = await checkContentAside(root, publicDir(root), join(root, 'no-such-worker.ts'));
		expect(problems).toEqual(checkContent(root, publicDir(root)).problems);
	});

	it('checks on the main thread when the worker fails', async () => {
		const root = badFixture();
		const failing = join(mkdtempSync(join(tmpdir(), 'gongjian-check-worker-')), 'failing-worker.mjs');
		writeFileSync(failing, "throw new Error('the worker broke');\n");
		const problems = await checkContentAside(root, publicDir(root), failing);
		expect(problems).toEqual(checkContent(root, publicDir(root)).problems);
		expect(problems.length).toBeGreaterThan(0);
	});
});

/** A verdict the test settles by hand, as the integration settles it once the check has reported. */
function pendingVerdict() {
	let settle!: () => void;
	const events: string[] = [];
	const verdict = new Promise<void>((resolve) => (settle = resolve)).then(() => void events.push('verdict'));
	setContentCheckVerdict(verdict);
	return { settle, events };
}

/** Astro's side of a loader run, keeping what the loader stores and warns. */
type ParseData = (props: { data: Record<string, unknown> }) => Promise<Record<string, unknown>>;

function loaderContext(events: string[], parseData: ParseData) {
	const stored = new Map<string, { id: string; digest?: string }>();
	const context = {
		config: { root: pathToFileURL(`${projectRoot}/`) },
		store: {
			get: (id: string) => stored.get(id),
			set: (entry: { id: string; digest?: string }) => (stored.set(entry.id, entry), true),
			keys: () => [...stored.keys()],
			delete: (id: string) => stored.delete(id),
		},
		parseData,
		generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
		logger: { warn: (message: string) => events.push(`warn ${message}`) },
	};
	return { context: context as unknown as LoaderContext, stored };
}

const waitFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a loader running while the check runs', () => {
	afterEach(() => setContentCheckVerdict(Promise.resolve()));
	const organisations = getCollectionDefinition('organisations');

	it('warns about a file it refuses only after the check has reported, and loads the others meanwhile', async () => {
		const root = copyFixture('basic');
		replaceIn(root, 'organisations/org-a.yaml', 'district: 北京市朝阳区', 'district: 朝阳');
		const { settle, events } = pendingVerdict();
		const { context, stored } = loaderContext(events, async ({ data }) => data);
		await readerLoader(organisations, { root }).load(context);
		// Loading went on without the refused file and without a word about it yet.
		expect([...stored.keys()]).toEqual(['org-b']);
		await waitFor(100);
		expect(events).toEqual([]);
		settle();
		await waitFor(10);
		expect(events).toHaveLength(2);
		expect(events[0]).toBe('verdict');
		expect(events[1]).toMatch(/^warn organisations\/org-a\.yaml: .*（district） “朝阳”不是允许的取值/);
	});

	it("lets a parseData error out only after the check's verdict, so a build stops with the check's report instead", async () => {
		// Editor identities shared by two organisations: the reader accepts each file, the check
		// refuses the pair. Astro validates with the collection's schema in `parseData`; here that
		// schema is stricter than the registry's (as Starlight's docsSchema could be for pages), and
		// throws on the same file.
		const root = copyFixture('basic');
		replaceIn(root, 'organisations/org-b.yaml', '  - editor-b@org-b.example', '  - editor-b@org-b.example\n  - editor-a@org-a.example');
		expect(checkContent(root, publicDir(root)).problems.map((p) => p.file)).toEqual(['organisations/org-b.yaml']);
		const sameDomain = (data: Record<string, unknown>) => ((data.editors ?? []) as string[]).every((editor) => editor.endsWith(`@${String(data.slug)}.example`));
		const stricter = organisations.schema.refine(sameDomain, '编辑身份应属于本机构的域名');
		const { settle, events } = pendingVerdict();
		const { context } = loaderContext(events, async ({ data }) => {
			const parsed = await stricter.safeParseAsync(data);
			if (!parsed.success) throw new Error(`InvalidContentEntryDataError: ${parsed.error.message}`);
			return parsed.data;
		});
		const loading = readerLoader(organisations, { root })
			.load(context)
			.then(
				() => events.push('loaded'),
				(error: Error) => events.push(`failed ${error.message.split(':')[0]}`),
			);
		await waitFor(200);
		// In a build the verdict never comes back here: the check's report ends the process first.
		expect(events).toEqual([]);
		settle();
		await loading;
		expect(events).toEqual(['verdict', 'failed InvalidContentEntryDataError']);
	});

	it('loads good content without waiting for the check', async () => {
		const root = copyFixture('basic');
		const { events } = pendingVerdict();
		const { context, stored } = loaderContext(events, async ({ data }) => data);
		await readerLoader(organisations, { root }).load(context);
		expect(events).toEqual([]);
		expect([...stored.keys()].sort()).toEqual(['org-a', 'org-b']);
	});
});
