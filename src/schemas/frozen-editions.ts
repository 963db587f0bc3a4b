/**
 * content/guide/frozen-editions.yaml: a fingerprint of every file of each older guide edition,
 * written by `npm run freeze:editions` when an edition is superseded. The content check compares
 * the files with it, so a frozen edition cannot change (and the 修订说明 between editions cannot
 * drift) unless editions.yaml reopens it. Not edited in the CMS.
 */
import { z } from 'astro/zod';
import { rows, slug, text } from './fields';

export const frozenEditionsSchema = z.strictObject({
	editions: rows(
		{
			slug: slug({ label: '版本标识', hint: '定稿版本的文件夹名，例如 2024' }),
			files: rows(
				{
					file: text({ label: '文件', hint: '版本文件夹中的文件名' }),
					fingerprint: text({ label: '指纹', hint: '定稿时文件内容的指纹' }),
				},
				{ label: '文件', hint: '定稿时版本文件夹中的每个文件' },
			),
		},
		{ label: '定稿版本', hint: '每个定稿版本一行' },
	),
});

export type FrozenEditions = z.output<typeof frozenEditionsSchema>;
