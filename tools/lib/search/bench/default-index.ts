/**
 * Starlight's own search index for the same built site, for comparison: exactly what Starlight's
 * Pagefind step does (createIndex() with no options, addDirectory on the output, jieba for zh),
 * written beside ours so one server can serve both.
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export const DEFAULT_BUNDLE = 'pagefind-default';

export async function writeDefaultIndex(outDir: string): Promise<{ pages: number; ms: number }> {
	const started = performance.now();
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index) throw new Error(errors.join('\n'));
		const { page_count } = await index.addDirectory({ path: outDir });
		await index.writeFiles({ outputPath: join(outDir, DEFAULT_BUNDLE) });
		return { pages: page_count, ms: performance.now() - started };
	} finally {
		await pagefind.close();
	}
}
