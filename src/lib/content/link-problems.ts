/**
 * Internal links that lead nowhere: every link of an entry's body and text fields, resolved
 * against the entry's own page (so `../x/` and `#小标题` work as in a browser), must reach a page
 * the build makes (site-urls.ts, from the routes' own path code), a heading on a guide section or
 * Starlight page, or a file under public/files/.
 */
import type { SiteModel } from '../model/types';
import { siteUrls } from '../model/site-urls';
import { entryUrl } from './entry-url';
import { mayHoldLinks, outlineMarkdown, type MarkdownOutline } from './links';
import type { ContentProblem } from './problem';
import type { ContentFile, LoadedEntry } from './read-entry';
import { textFields } from './text-fields';

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
const ORIGIN = 'https://site.invalid';

export interface LinkContext {
	site: SiteModel | undefined;
	/** Paths of the content files, relative to the content root (their history pages exist). */
	contentFiles: ContentFile[];
	/** `/files/…` paths under public/; leave out where the file list is unknown (the CMS). */
	publicFiles?: ReadonlySet<string>;
	/** Pages of entries that failed to read, with the files referring to them (added to here). */
	brokenPages?: Map<string, Set<string>>;
}

const safeDecode = (text: string) => {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
};

export function linkProblems(entries: LoadedEntry[], { site, contentFiles, publicFiles, brokenPages = new Map() }: LinkContext): ContentProblem[] {
	if (!site) return [];
	const current = site.currentEdition.slug;
	const urls = new Set([...siteUrls(site, contentFiles)].map(safeDecode));
	const anchors = new Map<string, Set<string>>();
	const outlines = new Map<LoadedEntry, MarkdownOutline>();
	for (const entry of entries) {
		const url = entryUrl(entry, current);
		if (!url || !entry.file.collection.anchorsFromBody) continue;
		const outline = outlineMarkdown(entry.body);
		outlines.set(entry, outline);
		anchors.set(safeDecode(url), new Set([...outline.anchors, '_top']));
	}
	const problems: ContentProblem[] = [];
	for (const entry of entries) {
		const page = entryUrl(entry, current) ?? '/';
		for (const { field, text } of textFields(entry)) {
			if (!mayHoldLinks(text)) continue;
			const outline = (text === entry.body && outlines.get(entry)) || outlineMarkdown(text);
			for (const link of outline.links) {
				if (link.image && !link.url.trim().startsWith('/files/')) continue;
				const message = brokenLink(link.url.trim(), page, { urls, anchors, publicFiles });
				const target = message && brokenPages.get(new URL(link.url.trim(), `${ORIGIN}${page}`).pathname);
				if (target) {
					target.add(entry.file.relativePath);
					continue;
				}
				if (message) problems.push({ file: entry.file.relativePath, field: field === '正文' ? `正文第 ${link.line} 行` : field, message });
			}
		}
	}
	return problems;
}

function brokenLink(
	url: string,
	page: string,
	{ urls, anchors, publicFiles }: { urls: Set<string>; anchors: Map<string, Set<string>>; publicFiles?: ReadonlySet<string> },
): string | undefined {
	if (!url) return '链接地址是空的。请填写要链接的网址，或去掉链接';
	if (EXTERNAL.test(url)) return undefined;
	const resolved = new URL(url, `${ORIGIN}${page}`);
	let path = safeDecode(resolved.pathname);
	const anchor = safeDecode(resolved.hash.slice(1));
	const shown = url.startsWith('/') ? `站内链接 ${url}` : `链接 ${url}（相对本页 ${page}，即 ${path}${resolved.hash}）`;
	if (path.startsWith('/files/')) {
		if (!publicFiles || publicFiles.has(path)) return undefined;
		return `${shown} 要下载的文件不存在：public${path}。请先把文件上传到 public/files/，或改正文件名`;
	}
	if (!path.endsWith('/') && !/\.\w+$/.test(path)) path = `${path}/`;
	if (!urls.has(path)) return `${shown} 指向的${/\.\w+$/.test(path) ? '文件' : '页面'}不存在`;
	const headings = anchors.get(path);
	if (anchor && headings && !headings.has(anchor)) {
		const known = [...headings].filter((h) => h !== '_top');
		return `${shown} 指向的小标题 #${anchor} 在该页面上不存在。${known.length ? `该页面的小标题：${known.map((h) => `#${h}`).join('、')}` : '该页面没有小标题'}`;
	}
	return undefined;
}
