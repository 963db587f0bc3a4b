/**
 * Chinese search as a Starlight plugin. Starlight's Pagefind step indexes the built HTML with
 * `addDirectory`, which segments Chinese with jieba and cannot be given our token streams, so
 * the plugin turns only that step off (`pagefind: false`) and runs ours in its place at the same
 * moment (astro:build:done), writing the same /pagefind/ bundle. Starlight keeps everything else:
 * the `data-pagefind-body` markup, the header, and the search slot, which gets our component.
 */
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { closePageStream, openPageStream } from './page-stream';
import { DEFAULT_PAGES_PER_BUNDLE } from './bundled-index';
import type { SearchIndexJob } from './write-search-index';

const searchComponent = './src/components/starlight/Search.astro';

/**
 * Pages per index bundle (see write-search-index.ts). GONGJIAN_SEARCH_BUNDLE_PAGES overrides the
 * default, so tests can split a small fixture into several bundles.
 */
function bundleSize(): number {
	const fromEnv = Number(process.env.GONGJIAN_SEARCH_BUNDLE_PAGES);
	return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_PAGES_PER_BUNDLE;
}

/**
 * The index is built while the pages render (page-stream.ts): the middleware hands each page to a
 * worker that feeds Pagefind. At `astro:build:done` the hook hands over any page the renderer did
 * not and returns; Pagefind finishes while the build's later steps (cite files, the CSP pass) run
 * on the main thread, and a second integration, appended to the end of the list, waits for the
 * index and fails the build if it failed. Anything appended after it (the offline pack, which
 * starts its own Pagefind process and lists /pagefind/) sees the index written.
 */
function searchIndexIntegration(): AstroIntegration {
	const pagesPerBundle = bundleSize();
	let job: SearchIndexJob | undefined;
	let outDir: string | undefined;
	let workerFile: string | undefined;
	const written: AstroIntegration = {
		name: 'gongjian:search-index-written',
		hooks: {
			'astro:build:done': async ({ logger }) => {
				if (!job) return;
				const { pages, files, bundles, pagesPerBundle: perBundle, ms } = await job.written;
				const inBundles = bundles > 1 ? ` in ${bundles} bundles of up to ${perBundle} pages` : '';
				logger.info(`Indexed ${pages} of ${files} HTML files${inBundles} in ${(ms / 1000).toFixed(2)}s.`);
			},
		},
	};
	return {
		name: 'gongjian:search-index',
		hooks: {
			'astro:config:setup': ({ config, updateConfig, addMiddleware }) => {
				updateConfig({ integrations: [written] });
				workerFile = fileURLToPath(new URL('src/lib/search/index-worker.ts', config.root));
				addMiddleware({ entrypoint: fileURLToPath(new URL('src/lib/search/index-middleware.ts', config.root)), order: 'post' });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => {
				openPageStream({ outDir: outDir!, pagesPerBundle, workerFile: workerFile! });
			},
			'astro:build:done': async ({ dir, logger }) => {
				const streamed = await closePageStream(fileURLToPath(dir));
				job = streamed;
				if (streamed.fellBack) logger.warn(`Indexing the built files: ${streamed.fellBack}`);
				else logger.info(`Building the Chinese search index with Pagefind: pages indexed as they rendered${streamed.readAfter ? `, ${streamed.readAfter} read from the output` : ''}; Pagefind writes the rest while the next steps run.`);
				await streamed.pagesRead;
			},
		},
	};
}

export function chineseSearch(): StarlightPlugin {
	return {
		name: 'gongjian:chinese-search',
		hooks: {
			'config:setup': async ({ config, updateConfig, addIntegration }) => {
				updateConfig({ pagefind: false, components: { ...config.components, Search: searchComponent } });
				addIntegration(searchIndexIntegration());
			},
		},
	};
}
