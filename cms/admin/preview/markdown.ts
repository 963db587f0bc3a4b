/**
 * A body rendered for the preview the way the site renders it: GitHub-flavoured Markdown with
 * Starlight's asides, through the site's own sanitiser: a reviewer sees exactly what the page will
 * show, and what would not reach the page (scripts, frames, event handlers …) is not in the preview
 * either. The save check refuses such input with a message, so it is never stored.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkAsides } from './remark-asides';
import { remarkSourceLinks } from '../../../src/markdown/remark-source-links';
import { rehypeContentSanitize } from '../../../src/markdown/rehype-content-sanitize';

export function renderMarkdown(body: string, asideTitles: Record<string, string>): string {
	return String(
		unified()
			.use(remarkParse)
			.use(remarkGfm)
			.use(remarkDirective)
			.use(remarkAsides, asideTitles)
			.use(remarkSourceLinks)
			.use(remarkRehype, { allowDangerousHtml: true })
			.use(rehypeContentSanitize)
			.use(rehypeStringify)
			.processSync(body),
	);
}
