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
import { DEFAULT_PAGES_PER_BUNDLE, writeSearchIndex } from './write-search-index';

const searchComponent = './src/components/starlight/Search.astro';

/**
 * Pages per index bundle (see write-search-index.ts). GONGJIAN_SEARCH_BUNDLE_PAGES overrides the
 * default, so tests can split a small fixture into several bundles.
 */
function bundleSize(): number {
	const fromEnv = Number(process.env.GONGJIAN_SEARCH_BUNDLE_PAGES);
	return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_PAGES_PER_BUNDLE;
}

function searchIndexIntegration(): AstroIntegration {
	const pagesPerBundle = bundleSize();
	return {
		name: 'gongjian:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				logger.info('Building the Chinese search index with Pagefind...');
				const { pages, files, bundles, pagesPerBundle: perBundle, ms } = await writeSearchIndex(fileURLToPath(dir), { pagesPerBundle });
				const inBundles = bundles > 1 ? ` in ${bundles} bundles of up to ${perBundle} pages` : '';
				logger.info(`Indexed ${pages} of ${files} HTML files${inBundles} in ${(ms / 1000).toFixed(2)}s.`);
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
