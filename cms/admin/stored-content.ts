/**
 * Reads every content file the build would read, through the backend Decap is using: each
 * collection's folders, including the guide's frozen editions, which the CMS does not edit but the
 * checks must see, and the settings files (the frozen editions' fingerprints). Each path is placed
 * by the build's own rules (src/lib/content/placement.ts), so the CMS checks the same files.
 */
import type { StoredFile } from 'decap-cms-core/dist/esm/backend.js';
import { collections, settingsFiles, type CollectionDefinition } from '../../src/schemas';
import type { ContentText, SettingsText } from '../../src/lib/content/check-files';
import { placeFile } from '../../src/lib/content/placement';
import { CONTENT_FOLDER } from '../config/collection-config';
import { decapBackend } from './decap-backend';

const relativeToContent = (path: string) => path.slice(CONTENT_FOLDER.length + 1);

async function readFolder(folder: string, extension: string): Promise<StoredFile[]> {
	const { implementation } = decapBackend();
	// GitHub and GitLab page through a folder unless asked for all of it; decap-server always returns all.
	const files = implementation.allEntriesByFolder
		? await implementation.allEntriesByFolder(folder, extension, 1)
		: await implementation.entriesByFolder(folder, extension, 1);
	return files.filter((stored) => placeFile(relativeToContent(stored.file.path)).kind === 'entry');
}

async function readFile(path: string): Promise<StoredFile[]> {
	try {
		return [await decapBackend().implementation.getEntry(path)];
	} catch {
		return []; // not created yet
	}
}

export async function readCollection(collection: CollectionDefinition, editions: string[]): Promise<ContentText[]> {
	if (collection.kind === 'file') {
		const stored = await readFile(`${CONTENT_FOLDER}/${collection.file}`);
		return stored.map(({ data }) => ({ file: { path: collection.file, relativePath: collection.file, collection }, text: data }));
	}
	const folders = collection.editioned ? editions.map((edition) => ({ dir: `${collection.dir}/${edition}`, edition })) : [{ dir: collection.dir, edition: undefined }];
	const perFolder = await Promise.all(
		folders.map(async ({ dir, edition }) =>
			(await readFolder(`${CONTENT_FOLDER}/${dir}`, collection.extension)).map(({ file, data }) => ({
				file: { path: relativeToContent(file.path), relativePath: relativeToContent(file.path), collection, edition },
				text: data,
			})),
		),
	);
	return perFolder.flat();
}

export async function readStoredContent(editions: string[]): Promise<ContentText[]> {
	return (await Promise.all(collections.map((collection) => readCollection(collection, editions)))).flat();
}

export async function readStoredSettings(): Promise<SettingsText[]> {
	const perFile = await Promise.all(
		settingsFiles.map(async (settings) =>
			(await readFile(`${CONTENT_FOLDER}/${settings.file}`)).map(({ data }) => ({ file: { relativePath: settings.file, settings }, text: data })),
		),
	);
	return perFile.flat();
}
