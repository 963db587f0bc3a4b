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
import { DEFAULT_PAGES_PER_BUNDLE, startSearchIndex, type SearchIndexJob } from './write-search-index';

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
 * Pagefind writes the index in its own process while the build's later steps (cite files, the
 * CSP pass) run on the main thread: the hook returns once every page is read, before the CSP pass
 * may rewrite them, and a second integration, appended to the end of the list, waits for the index
 * and fails the build if it failed. Anything appended after it (the offline pack, which starts its
 * own Pagefind process and lists /pagefind/) sees the index written.
 */
function searchIndexIntegration(): AstroIntegration {
	const pagesPerBundle = bundleSize();
	let job: SearchIndexJob | undefined;
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
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ integrations: [written] });
			},
			'astro:build:done': async ({ dir, logger }) => {
				logger.info('Building the Chinese search index with Pagefind...');
				job = startSearchIndex(fileURLToPath(dir), { pagesPerBundle });
				await job.pagesRead;
				logger.info('Every page read; Pagefind writes the index while the next steps run.');
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
