/**
 * The options of the unified Markdown processor for content (astro.config.mjs): GFM, links from
 * 资料[00N] to the sources page, Chinese footnote labels, and our sanitiser as the first rehype plugin, so Starlight's rehype plugins,
 * registered after ours, decorate an already clean tree.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeContentSanitize } from './rehype-content-sanitize';
import { glossaryTerms } from './glossary-terms';
import { rehypeGlossaryLinks } from './rehype-glossary-links';
import { remarkSourceLinks } from './remark-source-links';

export function contentMarkdown(): UnifiedProcessorOptions {
	return {
		gfm: false,
		remarkPlugins: [remarkGfm, remarkSourceLinks],
		// The glossary step comes after the sanitiser: it adds only <a href class title data-*>.
		rehypePlugins: [rehypeContentSanitize, [rehypeGlossaryLinks, { terms: glossaryTerms }]],
		remarkRehype: { footnoteLabel: '注释', footnoteBackLabel: (index: number) => `返回正文第 ${index + 1} 处引用` },
	};
}
