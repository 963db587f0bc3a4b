/**
 * A plain Starlight site built from the same content, for comparison: every content file becomes
 * one docs page carrying the same text, with a lean hand-written sidebar and Starlight's default
 * Pagefind search. It lives inside the project so it resolves the same installed packages.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOf, listContentFiles } from '../../../src/lib/content/files';
import { parseContentFile } from '../../../src/lib/content/parse';

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
	markdown: { processor: unified() },
	integrations: [
		starlight({
			title: 'Baseline',
			defaultLocale: 'root',
			locales: { root: { label: '简体中文', lang: 'zh-CN' } },
			sidebar: [
				{ label: '指引', link: '/guide/' },
				{ label: '案例', link: '/cases/' },
				{ label: '政策建议', link: '/briefs/' },
			],
		}),
	],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** All text of an entry's fields, as Markdown paragraphs, so both sites index the same words. */
function textOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(textOf);
	if (value && typeof value === 'object') return Object.values(value).flatMap(textOf);
	return [];
}

export function writeBaselineSite(contentDir: string, siteDir: string): number {
	rmSync(siteDir, { recursive: true, force: true });
	mkdirSync(join(siteDir, 'src/content/docs'), { recursive: true });
	writeFileSync(join(siteDir, 'astro.config.mjs'), CONFIG);
	writeFileSync(join(siteDir, 'src/content.config.ts'), CONTENT_CONFIG);
	let pages = 0;
	for (const file of listContentFiles(contentDir)) {
		const { body = '', ...data } = parseContentFile(readFileSync(file.path, 'utf-8'), formatOf(file));
		const title = String(data.title ?? data.name ?? data.term ?? file.relativePath);
		const fields = textOf(data).filter((text) => text !== title && text.length > 1);
		const slug = file.relativePath.replace(/\.(md|yaml)$/, '');
		const markdown = `---\ntitle: ${JSON.stringify(title)}\n---\n\n${fields.map((text) => `${text}\n`).join('\n')}\n${String(body)}\n`;
		mkdirSync(join(siteDir, 'src/content/docs', slug, '..'), { recursive: true });
		writeFileSync(join(siteDir, 'src/content/docs', `${slug}.md`), markdown);
		pages++;
	}
	return pages;
}
