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

export const pageBody = markdown({ label: '正文', hint: '页面正文（Markdown）' });

export type Page = z.output<typeof pageSchema>;
