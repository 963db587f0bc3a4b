/**
 * Writes the offline pack's file list after the build (see lib/offline/write-pack.ts). It must run
 * after the search index is written, which Starlight's search plugin does in its own integration,
 * appended to the list during Starlight's config:setup: appending ours from our own config:setup
 * (which runs after Starlight's) puts it after that one.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeOfflinePack } from '../offline/write-pack';

export function offlinePack(): AstroIntegration {
	return {
		name: 'gongjian:offline-pack',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ integrations: [writer] });
			},
		},
	};
}

const writer: AstroIntegration = {
	name: 'gongjian:offline-pack-writer',
	hooks: {
		'astro:build:done': async ({ dir, logger }) => {
			const pack = await writeOfflinePack(fileURLToPath(dir));
			if (!pack.urls.some((url) => url.startsWith(`${pack.searchIndex}pagefind.js`))) throw new Error(`离线包里没有搜索索引（${pack.searchIndex}）。`);
			logger.info(`离线包：${pack.urls.length} 个文件，${(pack.bytes / 1024 / 1024).toFixed(2)} MB`);
		},
	},
};
