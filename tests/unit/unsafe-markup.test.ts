/**
 * Markup that would not survive the sanitiser is reported at the source, with the line and what
 * to write instead, in the content check and when the CMS saves; harmless Markdown is not.
 */
import { describe, expect, it } from 'vitest';
import { findMarkupInText, findUnsafeMarkup } from '../../src/lib/content/unsafe-markup';
import { checkFiles, type ContentText } from '../../src/lib/content/check-files';
import { problemsBeforeSaving } from '../../src/lib/cms/save-problems';
import { getCollectionDefinition, type CollectionName } from '../../src/schemas';

describe('unsafe markup in a Markdown body', () => {
	it.each([
		['<script>alert(1)</script>', /HTML 标签 <script>.*正文只能用 Markdown/],
		['<ScRiPt>alert(1)</ScRiPt>', /<script>/],
		['<iframe src="https://x.example"></iframe>', /<iframe>/],
		['<img src=x onerror=alert(1)>', /<img>/],
		['<style>p{}</style>', /<style>/],
		['<svg><script>alert(1)</script></svg>', /<svg>、<script>/],
		['[x](javascript:alert(1))', /“javascript:”开头，不安全/],
		['[x](&#x6A;avascript:alert(1))', /“javascript:”/],
		['[x](JaVaScRiPt:alert(1))', /“javascript:”/],
		['[x][r]\n\n[r]: vbscript:msgbox(1)', /“vbscript:”/],
		['![x](data:image/png;base64,AAAA)', /“data:”/],
		['![照片](https://evil.example/a.jpg)', /不在本站的 \/files\/ 下/],
	])('%s', (markdown, message) => {
		const findings = findUnsafeMarkup(`第一行。\n\n${markdown}\n`);
		// A reference definition is reported where the URL is written.
		const line = markdown.includes('[r]:') ? 5 : 3;
		expect(findings).toEqual([{ line, message: expect.stringMatching(message) }]);
	});

	it.each([
		['asides, tables, task lists, footnotes, links, images under /files/', ':::note\n提示\n:::\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] 完成\n\n说明[^1]\n\n[^1]: 注释\n\n[民政部](https://www.mca.gov.cn/) [指引](/guide/) [邮件](mailto:a@b.org) [本节](#x)\n\n![照片](/files/cases/a.jpg)'],
		['angle brackets that are text', '年龄 < 60 岁或 > 80 岁的老人，3<5。'],
		['code that shows HTML', '写成 `<script>` 是不行的。\n\n```html\n<script>alert(1)</script>\n```'],
	])('leaves alone %s', (_, markdown) => {
		expect(findUnsafeMarkup(markdown)).toEqual([]);
	});
});

describe('markup in a plain-text field', () => {
	it('reports tags and script URLs, line by line', () => {
		expect(findMarkupInText('标题</title><script>alert(1)</script>')).toEqual([{ line: 1, message: expect.stringContaining('不能写 HTML 标签 <script>') }]);
		expect(findMarkupInText('第一行\njavascript:alert(1)')).toEqual([{ line: 2, message: expect.stringContaining('“javascript:”') }]);
		expect(findMarkupInText('入户前 3 < 5 项准备：见 https://www.mca.gov.cn/')).toEqual([]);
	});
});

const org = `slug: org-a
name: 甲机构
org_type: 社会工作服务机构
network_roles: [伙伴机构]
district: 北京市朝阳区
description: 简介
source: 成员机构撰写
`;
const file = (name: CollectionName, relativePath: string, text: string): ContentText => ({ file: { path: relativePath, relativePath, collection: getCollectionDefinition(name) }, text });
const page = (extra: string, body: string) => `---\nslug: about\ntitle: 关于\ncredits:\n  - org: org-a\n    role: 主笔\nsource: 成员机构撰写\n${extra}---\n${body}`;

describe('in the content check and the CMS', () => {
	it('names the field and the file line', () => {
		const { problems } = checkFiles([file('organisations', 'organisations/org-a.yaml', org), file('docs', 'pages/about.md', page('', '关于本站。\n\n<script>alert(1)</script>\n'))]);
		expect(problems).toEqual([expect.objectContaining({ file: 'pages/about.md', field: '正文（body）第 11 行', message: expect.stringContaining('<script>') })]);
	});

	it('refuses Starlight page settings that carry HTML or change publishing', () => {
		const { problems } = checkFiles([
			file('organisations', 'organisations/org-a.yaml', org),
			file('docs', 'pages/about.md', page('head:\n  - tag: script\n    content: alert(1)\nbanner:\n  content: <b>x</b>\ndraft: true\n', '关于本站。\n')),
		]);
		expect(problems.map((p) => `${p.field}：${p.message.split('：')[0]}`)).toEqual(
			expect.arrayContaining(['head：页面设置“head”不能在内容中使用', 'banner：页面设置“banner”不能在内容中使用', 'draft：页面设置“draft”不能在内容中使用']),
		);
	});

	it('the CMS refuses to save, with the same message at the field', () => {
		const saved = { ...file('docs', 'pages/about.md', page('', '关于本站。[点我](javascript:alert(1))\n')), isNew: true };
		expect(problemsBeforeSaving([file('organisations', 'organisations/org-a.yaml', org)], saved)).toEqual([
			expect.objectContaining({ field: '正文（body）第 9 行', message: expect.stringContaining('链接地址以“javascript:”开头') }),
		]);
	});
});
