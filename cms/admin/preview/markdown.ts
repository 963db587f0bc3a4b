/**
 * A body rendered for the preview the way the site renders it: GitHub-flavoured Markdown with
 * Starlight's asides. Raw HTML is dropped, as nothing an editor types should run in the preview.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkAsides } from './remark-asides';
import { remarkSourceLinks } from '../../../src/markdown/remark-source-links';

export function renderMarkdown(body: string, asideTitles: Record<string, string>): string {
	return String(
		unified()
			.use(remarkParse)
			.use(remarkGfm)
			.use(remarkDirective)
			.use(remarkAsides, asideTitles)
			.use(remarkSourceLinks)
			.use(remarkRehype)
			.use(rehypeStringify)
			.processSync(body),
	);
}
