/**
 * The Astro loader for every collection: the files files.ts places in the collection, read by
 * read-entry.ts — the same listing and the same YAML reading as the content check — so the build
 * stores exactly the entries the check passed. Markdown is rendered by Astro's own renderer for
 * `.md` entries, as the glob loader would. A file the reader refuses is left out with a warning.
 *
 * The content check runs beside this loader (check-aside.ts), so the loader can meet a file the
 * check will refuse before the check has reported. Its warning about a refused file, and any error
 * that ends loading (such as a schema error from Astro's `parseData`), wait for the check's verdict
 * (check-verdict.ts): in a build with problems the check's report ends the build first, and the
 * editor reads that report rather than this loader's warning or a stack trace. Refused files do
 * not hold up the others: the warning waits, the loading goes on.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { CollectionDefinition } from '../../schemas';
import { contentCheckVerdict } from './check-verdict';
import { decodeContent } from './decode';
import { listContentFiles } from './files';
import { readEntry, type ContentFile } from './read-entry';

type RenderFunction = (entry: { id: string; data: Record<string, unknown>; body: string; filePath: string; digest: string }) => Promise<unknown>;
type EntryTypes = Map<string, { getRenderFunction?: (config: unknown) => Promise<RenderFunction> }>;

export interface ReaderLoaderOptions {
	/** Content root relative to the project root. */
	root: string;
	/** Keep the Markdown source in the store (only pages that read it need it). */
	retainBody?: boolean;
}

/** Astro's id for an entry: its id field, prefixed by the edition for the guide. */
export const storeId = (file: ContentFile, id: string) => (file.edition ? `${file.edition}/${id}` : id);

export function readerLoader(collection: CollectionDefinition, { root, retainBody = true }: ReaderLoaderOptions): Loader {
	return {
		name: 'gongjian-content-reader',
		async load(context: LoaderContext) {
			const { config, store, parseData, generateDigest, logger, watcher } = context;
			const projectRoot = fileURLToPath(config.root);
			const contentRoot = resolve(projectRoot, root);
			let render: RenderFunction | undefined;
			const renderer = async () => {
				const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
				const md = entryTypes?.get('.md')?.getRenderFunction;
				if (md) return (render ??= await md(config));
				return (render ??= async ({ body, filePath }) => context.renderMarkdown(body, { fileURL: pathToFileURL(filePath) }));
			};

			const warnAfterCheck = (message: string) => void contentCheckVerdict().then(() => logger.warn(message));

			// After an edit in `astro dev` every file of the collection is listed again, but only
			// changed ones are parsed: 1,600 cases take seconds to parse and milliseconds to hash.
			const idOfFile = new Map<string, { id: string; digest: string }>();
			const syncFiles = async () => {
				const files = listContentFiles(contentRoot).filter((file) => file.collection.name === collection.name);
				const seen = new Set<string>();
				for (const file of files) {
					const decoded = decodeContent(await readFile(file.path));
					if ('problem' in decoded) {
						warnAfterCheck(`${file.relativePath}: ${decoded.problem}`);
						continue;
					}
					const digest = generateDigest(decoded.text);
					const known = idOfFile.get(file.path);
					if (known?.digest === digest && store.get(known.id)?.digest === digest) {
						seen.add(known.id);
						continue;
					}
					const read = readEntry(file, decoded.text);
					if (!read.entry) {
						warnAfterCheck(`${file.relativePath}: ${read.problems.map((p) => `${p.field} ${p.message}`).join('；')}`);
						continue;
					}
					const id = collection.kind === 'file' ? collection.name : storeId(file, read.entry.id);
					seen.add(id);
					idOfFile.set(file.path, { id, digest });
					const existing = store.get(id);
					if (existing?.digest === digest) continue;
					const filePath = relative(projectRoot, file.path);
					const data = await parseData({ id, data: read.entry.data, filePath: file.path });
					const body = read.entry.body;
					const rendered =
						collection.kind === 'folder' && collection.extension === 'md'
							? ((await (await renderer())({ id, data: read.entry.data, body, filePath: file.path, digest })) as Parameters<typeof store.set>[0]['rendered'])
							: undefined;
					store.set({ id, data, body: retainBody && body ? body : undefined, filePath, digest, rendered });
				}
				for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
			};
			const sync = () =>
				syncFiles().catch(async (error: unknown) => {
					await contentCheckVerdict();
					throw error;
				});

			await sync();
			if (!watcher) return;
			watcher.add(contentRoot);
			const inCollection = (path: string) => {
				if (!path.startsWith(contentRoot)) return false;
				const rel = relative(contentRoot, path).split('\\').join('/');
				return collection.kind === 'file' ? rel === collection.file : rel.startsWith(`${collection.dir}/`);
			};
			for (const event of ['add', 'change', 'unlink'] as const) {
				watcher.on(event, async (changed) => {
					if (inCollection(changed)) await sync();
				});
			}
		},
	};
}
