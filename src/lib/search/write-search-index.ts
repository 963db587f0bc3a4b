/**
 * The build step that replaces Starlight's `addDirectory` call: every built page with a
 * `data-pagefind-body` becomes a token-stream record in a Pagefind index written to
 * <outDir>/pagefind/, where Starlight's own step would have put it.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFilesUnder, readBuiltPages } from './built-pages';
import { toSearchRecord } from './search-record';

export interface SearchIndexSummary {
	pages: number;
	files: number;
	ms: number;
}

function check<T extends { errors: string[] }>(response: T, step: string): T {
	if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	return response;
}

export async function writeSearchIndex(outDir: string): Promise<SearchIndexSummary> {
	const started = performance.now();
	const files = await htmlFilesUnder(outDir);
	const { index } = check(await pagefind.createIndex({}), 'createIndex');
	try {
		// Records go to the Pagefind service without waiting for each answer, while the next pages are read.
		const added: Promise<unknown>[] = [];
		for await (const { url, page } of readBuiltPages(outDir, files)) {
			added.push(index!.addCustomRecord(toSearchRecord(page, url)).then((response) => check(response, `indexing ${url}`)));
		}
		await Promise.all(added);
		check(await index!.writeFiles({ outputPath: join(outDir, 'pagefind') }), 'writeFiles');
		return { pages: added.length, files: files.length, ms: performance.now() - started };
	} finally {
		await pagefind.close();
	}
}
