/**
 * The build's worker thread (src/lib/build-aside/): marks the process as a static build before any
 * page renders, so the first page starts the worker, and after the pages writes the share cards
 * the worker drew into the output (src/lib/share/card-files.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { asideCounts, asideFinished } from '../build-aside/aside';
import { markStaticBuild } from '../build-aside/static-build';
import { writeShareCardFiles } from '../share/card-files';

export function buildAside(): AstroIntegration {
	let projectRoot = process.cwd();
	return {
		name: 'gongjian:build-aside',
		hooks: {
			'astro:config:done': ({ config }) => {
				projectRoot = fileURLToPath(config.root);
			},
			'astro:build:start': () => markStaticBuild(projectRoot),
			'astro:build:done': async ({ dir, logger }) => {
				await asideFinished();
				const done = asideCounts();
				logger.info(
					done
						? `辅助线程算出：引用 ${done.gbt7714} 条，二维码 ${done.qr} 个，新建文件字数 ${done.bodyLength} 个，新画分享图 ${done.cards} 张`
						: '辅助线程没有启动：页面自己计算了全部引用、二维码和分享图',
				);
				const count = writeShareCardFiles(fileURLToPath(dir));
				// Every page names its card as og:image: without them each share preview would be broken.
				if (count === undefined) throw new Error('[gongjian:build-aside] no page registered its share cards: /og/ would be empty.');
				logger.info(`分享图：${count} 张`);
			},
		},
	};
}
