/** Writes the build's share cards into the output after the pages (src/lib/share/card-files.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { asideCardsDrawn } from '../build-aside/aside';
import { writeShareCardFiles } from '../share/card-files';

export function shareCardFiles(): AstroIntegration {
	return {
		name: 'gongjian:share-card-files',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await asideCardsDrawn();
				const count = writeShareCardFiles(fileURLToPath(dir));
				// Every page names its card as og:image: without them each share preview would be broken.
				if (count === undefined) throw new Error('[gongjian:share-card-files] no page registered its share cards: /og/ would be empty.');
				logger.info(`分享图：${count} 张`);
			},
		},
	};
}
