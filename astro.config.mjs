// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { adminBundle } from './src/lib/integrations/admin-bundle';
import { contentCheck } from './src/lib/integrations/content-check';
import { devContentStore } from './src/lib/integrations/dev-content-store';
import { globalSidebar } from './src/lib/navigation/global-sidebar';
import { contentRoot } from './src/lib/content/paths';
import { chineseSearch } from './src/lib/search/plugin';
import { contentMarkdown } from './src/markdown/content-markdown';
import { offlinePack } from './src/lib/integrations/offline-pack';
import { securityHeaders } from './src/lib/integrations/security-headers';
import { citeFiles } from './src/lib/integrations/cite-files';
import { buildAside } from './src/lib/integrations/build-aside';
import { siteDescription, siteName } from './src/lib/share/site-identity';

// Astro's telemetry runs `git rev-list` in every build: a third git process where the README
// promises two. Astro reads this variable after loading the config, so `astro build` run any way
// (npm scripts set it too) keeps the count true.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

export default defineConfig({
	site: process.env.GONGJIAN_SITE ?? 'https://gongjian.example.org',
	trailingSlash: 'always',
	// Fixture builds and benchmark copies keep their own content cache.
	cacheDir: process.env.GONGJIAN_CACHE_DIR ?? './node_modules/.astro',
	markdown: {
		// Content is data, never code: every body passes our allowlist before Starlight's rehype plugins.
		processor: unified(contentMarkdown()),
	},
	integrations: [
		contentCheck(),
		devContentStore(),
		adminBundle(),
		starlight({
			title: siteName,
			description: siteDescription,
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			sidebar: globalSidebar,
			customCss: ['./src/styles/gongjian.css', './src/styles/reader.css', './src/styles/handbook.css', './src/styles/print-entry.css', './src/styles/evidence.css'],
			// Our 404 has the site's sections and a search form (src/pages/404.astro).
			disable404Route: true,
			lastUpdated: false,
			pagination: true,
			// Asides (:::note) and heading anchors for our content folder, not only src/content/docs.
			markdown: { processedDirs: [contentRoot] },
			// Escapes the page title Starlight writes into <title> as HTML (src/routeData.ts).
			routeMiddleware: './src/routeData.ts',
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
				Head: './src/components/starlight/Head.astro',
				Header: './src/components/starlight/Header.astro',
				ThemeSelect: './src/components/starlight/ThemeSelect.astro',
			},
			// Chinese search: our Pagefind index step and the header search (src/lib/search/plugin.ts).
			plugins: [chineseSearch()],
		}),
		offlinePack(),
		buildAside(),
		citeFiles(),
		// Last, so the policy covers the pages as every other step left them.
		securityHeaders(),
	],
});
