/**
 * Renders a Markdown body through the real processor the site uses: Astro's unified Markdown
 * processor with our plugins from astro.config.mjs, and Starlight's own remark/rehype plugins
 * registered the way Starlight registers them (asides, heading anchors). Only Starlight's
 * translation lookup is supplied here, as it needs a running Astro config.
 */
import { createMarkdownProcessor, unified } from '@astrojs/markdown-remark';
import { contentMarkdown } from '../../src/markdown/content-markdown';
// Starlight does not export these; they are the modules its integration pushes into the processor.
import { starlightRehypePlugins, starlightRemarkPlugins } from '../../node_modules/@astrojs/starlight/dist/integrations/remark-rehype.js';

const asideTitles: Record<string, string> = { 'aside.note': '注意', 'aside.tip': '提示', 'aside.caution': '警告', 'aside.danger': '危险' };

const starlightOptions = {
	starlightConfig: { markdown: { headingLinks: true, processedDirs: [] } },
	astroConfig: { root: new URL('file:///site/'), srcDir: new URL('file:///site/src/') },
	absolutePathToLang: () => 'zh-CN',
	useTranslations: () => Object.assign((key: string) => asideTitles[key] ?? key, { all: () => asideTitles }),
};

let processor: Promise<{ render(content: string, opts?: { fileURL?: URL }): Promise<{ code: string }> }> | undefined;

export async function renderContent(markdown: string): Promise<string> {
	processor ??= (async () => {
		const config = unified(contentMarkdown());
		config.options.remarkPlugins.push(...(starlightRemarkPlugins(starlightOptions as never) as never[]));
		config.options.rehypePlugins.push(...(starlightRehypePlugins(starlightOptions as never) as never[]));
		return createMarkdownProcessor({ ...config.options, syntaxHighlight: false } as never);
	})();
	const { code } = await (await processor).render(markdown, { fileURL: new URL('file:///site/src/content/docs/page.md') });
	return code;
}
