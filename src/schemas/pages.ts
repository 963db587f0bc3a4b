/** Other pages (关于、如何参与): Markdown files in content/pages/, rendered by Starlight. */
import { z } from 'astro/zod';
import { markdown, slug, text } from './fields';
import { credits, provenance } from './shared';

export const pageSchema = z.strictObject({
	slug: slug({ label: '标识', hint: '页面的英文标识，也是网址，例如 contribute' }),
	title: text({ label: '页面标题', hint: '例如 如何参与共建' }),
	description: text({ label: '页面说明', hint: '一句话，用于搜索引擎和分享；可不填' }).optional(),
	credits,
	...provenance,
});

/**
 * Starlight's own page frontmatter that content may not use: `head` and `banner` put HTML (and
 * scripts) into the page, `hero` adds action links, and the others change where and whether a page
 * is published or how it is laid out, which the site decides, not one page. Our `slug` is checked
 * by its id pattern; `title` and `description` are plain text.
 */
export const starlightFieldsNotAllowed: Record<string, string> = {
	head: '会向页面 <head> 加入任意 HTML 和脚本',
	banner: '会在页面顶部加入任意 HTML',
	hero: '会加入首页大图和按钮链接',
	template: '会改变页面版式',
	draft: '会让页面不发布',
	sidebar: '会改变侧栏导航',
	prev: '会改变上一页链接',
	next: '会改变下一页链接',
	pagefind: '会把页面排除出搜索',
	editUrl: '会加入指向任意网址的编辑链接',
	lastUpdated: '会覆盖由修订记录得出的更新日期',
	tableOfContents: '会改变页面目录',
};

export const pageBody = markdown({ label: '正文', hint: '页面正文（Markdown）' });

export type Page = z.output<typeof pageSchema>;
