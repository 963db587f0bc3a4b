/**
 * The options of the unified Markdown processor for content (astro.config.mjs): GFM, links from
 * 资料[00N] to the sources page, Chinese footnote labels, and our sanitiser as the first rehype plugin, so Starlight's rehype plugins,
 * registered after ours, decorate an already clean tree.
 */
import remarkGfm from 'remark-gfm';
import { rehypeContentSanitize } from './rehype-content-sanitize';
import { remarkSourceLinks } from './remark-source-links';

export function contentMarkdown() {
	return {
		gfm: false,
		remarkPlugins: [remarkGfm, remarkSourceLinks],
		rehypePlugins: [rehypeContentSanitize],
		remarkRehype: { footnoteLabel: '注释', footnoteBackLabel: (index: number) => `返回正文第 ${index + 1} 处引用` },
	};
}
