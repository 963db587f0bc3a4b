/**
 * Loads a whole YAML file as one entry (the glossary, the list of guide editions). The CMS edits
 * these as single files, so the site reads them the same way. Parsed with `yaml` (YAML 1.2), the
 * parser family the CMS writes with.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';

export function singleFileLoader(filePath: string, id: string): Loader {
	return {
		name: 'gongjian-single-file',
		async load({ config, store, parseData, watcher, logger }) {
			const absolute = fileURLToPath(new URL(filePath, config.root));
			// Astro stores entry paths relative to the project root (fixture content may sit outside it).
			const storedPath = relative(fileURLToPath(config.root), absolute);
			const sync = async () => {
				const data = parse(await readFile(absolute, 'utf-8')) as Record<string, unknown>;
				store.clear();
				store.set({ id, data: await parseData({ id, data, filePath: absolute }), filePath: storedPath });
			};
			await sync();
			watcher?.add(absolute);
			watcher?.on('change', async (changed) => {
				if (changed !== absolute) return;
				logger.info(`Reloading ${filePath}`);
				await sync();
			});
		},
	};
}
