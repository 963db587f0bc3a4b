// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { remarkSourceLinks } from './src/markdown/remark-source-links';
import { adminBundle } from './src/lib/integrations/admin-bundle';
import { contentCheck } from './src/lib/integrations/content-check';
import { devContentStore } from './src/lib/integrations/dev-content-store';
import { globalSidebar } from './src/lib/navigation/global-sidebar';
import { contentRoot } from './src/lib/content/paths';
import { chineseSearch } from './src/lib/search/plugin';

export default defineConfig({
	site: process.env.GONGJIAN_SITE ?? 'https://gongjian.example.org',
	trailingSlash: 'always',
	// Fixture builds and benchmark copies keep their own content cache.
	cacheDir: process.env.GONGJIAN_CACHE_DIR ?? './node_modules/.astro',
	markdown: {
		processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkSourceLinks] }),
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
			customCss: ['./src/styles/gongjian.css'],
			lastUpdated: false,
			pagination: true,
			// Asides (:::note) and heading anchors for our content folder, not only src/content/docs.
			markdown: { processedDirs: [contentRoot] },
			components: {
				PageTitle: './src/components/starlight/PageTitle.astro',
			},
			// Chinese search: our Pagefind index step and the header search (src/lib/search/plugin.ts).
			plugins: [chineseSearch()],
		}),
	],
});
