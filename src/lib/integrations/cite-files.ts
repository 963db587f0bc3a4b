/**
 * Writes each citable page's reference as BibTeX, RIS and CSL-JSON files after the build, from the
 * list the build wrote at /cite/references.json: plain file writes instead of three Astro routes a
 * page.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeCiteFiles } from '../cite/write-cite-files';

export function citeFiles(): AstroIntegration {
	return {
		name: 'gongjian:cite-files',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const count = writeCiteFiles(fileURLToPath(dir));
				logger.info(`引用文件：${count} 个页面，各有 BibTeX、RIS、CSL-JSON`);
			},
		},
	};
}
