// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { adminBundle } from './src/lib/integrations/admin-bundle';
import { contentCheck } from './src/lib/integrations/content-check';
import { devContentStore } from './src/lib/integrations/dev-content-store';
import { globalSidebar } from './src/lib/navigation/global-sidebar';
import { contentRoot } from './src/lib/content/paths';
import { chineseSearch } from './src/lib/search/plugin';
import { offlinePack } from './src/lib/integrations/offline-pack';
import { rehypeGlossaryLinks } from './src/markdown/rehype-glossary-links';
import { glossaryTerms } from './src/markdown/glossary-terms';

export default defineConfig({
	site: process.env.GONGJIAN_SITE ?? 'https://gongjian.example.org',
	trailingSlash: 'always',
	// Fixture builds and benchmark copies keep their own content cache.
	cacheDir: process.env.GONGJIAN_CACHE_DIR ?? './node_modules/.astro',
	markdown: {
		processor: unified({
			gfm: false,
			remarkPlugins: [remarkGfm],
			// Keep last: it adds only <a href class title data-*>, after the content is sanitised.
			rehypePlugins: [[rehypeGlossaryLinks, { terms: glossaryTerms }]],
		}),
	},
	integrations: [
		contentCheck(),
		devContentStore(),
		adminBundle(),
		starlight({
			title: '共建 · 为老服务知识库',
			description: '为老服务行动网络共同编写的入户工作指引、案例集、政策建议和学习小组课程',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			sidebar: globalSidebar,
			customCss: ['./src/styles/gongjian.css', './src/styles/reader.css', './src/styles/handbook.css'],
			// Our 404 has the site's sections and a search form (src/pages/404.astro).
			disable404Route: true,
			lastUpdated: false,
			pagination: true,
			// Asides (:::note) and heading anchors for our content folder, not only src/content/docs.
			markdown: { processedDirs: [contentRoot] },
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
	],
});
