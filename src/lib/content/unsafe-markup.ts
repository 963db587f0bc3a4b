/**
 * What an editor must not write, found at the source with the line it is on: the sanitiser
 * (src/markdown/rehype-content-sanitize.ts) removes it from the page anyway, so without this check
 * the author would never learn that part of the text silently disappears. Bodies are Markdown,
 * read with the same parser the site uses; fields are plain text.
 */
import { Parser } from 'htmlparser2';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LINK_PROTOCOLS } from '../../markdown/content-html-schema';
import { IMAGE_PREFIX } from '../../markdown/rehype-content-sanitize';

export interface MarkupFinding {
	/** 1-based line in the text that was checked. */
	line: number;
	message: string;
}

interface MdNode {
	type: string;
	value?: string;
	url?: string;
	position?: { start: { line: number } };
	children?: MdNode[];
}

const INSTEAD = '正文只能用 Markdown：标题用 ##，强调用 **文字**，链接用 [文字](https://…)，图片用 ![说明](/files/…)，提示框用 :::note';

/** Tag names in a piece of HTML, as a browser's tokenizer would see them. */
export function htmlTagsIn(html: string): string[] {
	const tags: string[] = [];
	const parser = new Parser({ onopentagname: (name) => tags.push(name) }, { decodeEntities: true, lowerCaseTags: true });
	parser.write(html);
	parser.end();
	return tags;
}

/** A URL's scheme the way browsers read it: control characters and whitespace ignored, any case. */
function schemeOf(url: string): string | undefined {
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
}

function linkProblem(url: string): string | undefined {
	const scheme = schemeOf(url);
	if (!scheme || (LINK_PROTOCOLS as readonly string[]).includes(scheme)) return undefined;
	return `链接地址以“${scheme}:”开头，不安全，不会显示在网站上。链接只能指向 https:// 网址、以 / 开头的站内页面或 mailto: 邮箱`;
}

function imageProblem(url: string): string | undefined {
	if (url.startsWith(IMAGE_PREFIX)) return undefined;
	return `图片地址“${url.slice(0, 40)}”不在本站的 /files/ 下，不会显示在网站上。请先在内容管理中上传图片，再插入 ![说明](/files/…)`;
}

/** Tags that can run or load something, reported however they are written. */
const ACTIVE_TAGS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'form', 'svg', 'math', 'template', 'img', 'a']);

/**
 * `<Aside>` is an MDX component, which the CMS's MDX check (src/lib/cms/mdx-syntax.ts) already
 * reports with the right advice; reporting it twice would give one mistake two messages.
 */
function isMdxComponentOnly(html: string, tag: string): boolean {
	if (ACTIVE_TAGS.has(tag)) return false;
	const written = [...html.matchAll(/<\/?([A-Za-z][\w.-]*)/g)].map((m) => m[1]).filter((name) => name.toLowerCase() === tag);
	return written.length > 0 && written.every((name) => /^[A-Z][a-z0-9]*(?:[A-Z][a-z0-9]*)*$/.test(name));
}

/**
 * Bodies with no HTML, entity, image or link to anything but a web page, a mail address or a site
 * path cannot hold anything this check reports; parsing them costs seconds on a large corpus.
 */
const MAY_HOLD_UNSAFE = /[<&]|!\[|(?:\]\(|\]:)\s*<?\s*(?!https?:\/\/|mailto:|\/|#)/i;

export function findUnsafeMarkup(markdown: string): MarkupFinding[] {
	if (!MAY_HOLD_UNSAFE.test(markdown)) return [];
	const tree = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).parse(markdown) as MdNode;
	const findings: MarkupFinding[] = [];
	// Inline HTML comes as one node per tag: one message per line lists them all.
	const tagsByLine = new Map<number, Set<string>>();
	const visit = (node: MdNode) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'html' && node.value) {
			for (const tag of htmlTagsIn(node.value)) {
				if (isMdxComponentOnly(node.value, tag)) continue;
				if (!tagsByLine.has(line)) tagsByLine.set(line, new Set());
				tagsByLine.get(line)!.add(tag);
			}
		}
		if ((node.type === 'link' || node.type === 'definition') && node.url) {
			const problem = linkProblem(node.url);
			if (problem) findings.push({ line, message: problem });
		}
		if (node.type === 'image' && node.url !== undefined) {
			const problem = linkProblem(node.url) ?? imageProblem(node.url);
			if (problem) findings.push({ line, message: problem });
		}
		node.children?.forEach(visit);
	};
	visit(tree);
	for (const [line, tags] of tagsByLine) {
		findings.push({ line, message: `有 HTML 标签 ${[...tags].map((t) => `<${t}>`).join('、')}，网站不会显示它，其中的脚本、框架、样式和事件也不会运行。${INSTEAD}` });
	}
	return findings.sort((a, b) => a.line - b.line);
}

/** A plain-text field (title, summary …): it is shown as text, so markup in it is a mistake or an attack. */
export function findMarkupInText(value: string): MarkupFinding[] {
	const findings: MarkupFinding[] = [];
	if (!/[<:：]/.test(value)) return findings;
	for (const [index, line] of value.split('\n').entries()) {
		const tags = [...new Set(htmlTagsIn(line))];
		if (tags.length) findings.push({ line: index + 1, message: `这是纯文字字段，不能写 HTML 标签 ${tags.map((t) => `<${t}>`).join('、')}。请删除尖括号中的标签，只留文字` });
		const scheme = schemeOf(line.trim());
		if (scheme && ['javascript', 'vbscript', 'data'].includes(scheme)) findings.push({ line: index + 1, message: `不能以“${scheme}:”开头，这不是网址，也不会显示` });
	}
	return findings;
}
