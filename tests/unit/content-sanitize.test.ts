/**
 * Content bodies rendered through the real Markdown processor (Astro's unified pipeline with our
 * sanitiser and Starlight's own plugins): nothing an editor writes produces executable output, and
 * what content is allowed to use comes out as Starlight renders it.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderContent } from '../helpers/render-content';

/** Everything in rendered HTML through which a browser could run script or load active content. */
function executableParts(html: string): string[] {
	const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
	const found: string[] = [];
	for (const element of document.querySelectorAll('*')) {
		const tag = element.tagName.toLowerCase();
		if (['script', 'iframe', 'frame', 'object', 'embed', 'style', 'link', 'meta', 'base', 'form', 'template', 'math', 'foreignobject', 'use', 'animate', 'set'].includes(tag)) found.push(`<${tag}>`);
		for (const { name, value } of element.attributes) {
			if (/^on/i.test(name) || name === 'style' || name === 'srcdoc' || name === 'formaction') found.push(`${tag}[${name}]`);
			if (['href', 'src', 'xlink:href', 'action', 'data', 'poster', 'background', 'cite'].includes(name.toLowerCase())) {
				const scheme = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
				if (/^(javascript|data|vbscript):/.test(scheme)) found.push(`${tag}[${name}=${value}]`);
			}
		}
	}
	return found;
}

const attacks: Array<[string, string]> = [
	['script block', '探访记录见下。\n\n<script>alert(1)</script>'],
	['script inline', '探访记录见下。<script>alert(1)</script>'],
	['mixed-case script', '<ScRiPt>alert(1)</sCrIpT>'],
	['script with src', '<script src="https://evil.example/x.js"></script>'],
	['iframe', '<iframe src="https://evil.example"></iframe>'],
	['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
	['img onerror', '<img src=x onerror=alert(1)>'],
	['img under /files with onerror', '<img src="/files/a.png" onerror="alert(1)">'],
	['javascript link', '[x](javascript:alert(1))'],
	['entity-encoded javascript link', '[x](&#x6A;avascript:alert(1))'],
	['javascript link with leading spaces', '<a href="  javascript:alert(1)">x</a>'],
	['javascript link with tab inside', '<a href="java\tscript:alert(1)">x</a>'],
	['uppercase JAVASCRIPT autolink', '<a href="JAVASCRIPT:alert(1)">x</a>'],
	['vbscript link', '[x](vbscript:msgbox(1))'],
	['data link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
	['data image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
	['reference-style javascript link', '[x][r]\n\n[r]: javascript:alert(1)'],
	['style block', '<style>body{display:none}</style>'],
	['style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
	['svg with script', '<svg><script>alert(1)</script></svg>'],
	['svg onload', '<svg onload="alert(1)"></svg>'],
	['svg use xlink', '<svg><use xlink:href="data:image/svg+xml,<svg id=x onload=alert(1)>"/></svg>'],
	['math with link', '<math><mtext><a href="javascript:alert(1)">x</a></mtext></math>'],
	['object', '<object data="javascript:alert(1)"></object>'],
	['embed', '<embed src="javascript:alert(1)">'],
	['form with formaction', '<form><button formaction="javascript:alert(1)">x</button></form>'],
	['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
	['base href', '<base href="javascript:alert(1)//">'],
	['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
	['details ontoggle', '<details open ontoggle="alert(1)"><summary>x</summary></details>'],
	['event handler in table cell', '| a |\n|---|\n| <b onmouseover="alert(1)">x</b> |'],
	['script inside an aside', ':::note\n<script>alert(1)</script>\n:::'],
	['script in an aside title', ':::note[<img src=x onerror=alert(1)>]\n正文\n:::'],
	['html comment hiding a script', '<!--><script>alert(1)</script>-->'],
	['noscript trick', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
	['template', '<template><script>alert(1)</script></template>'],
	['unclosed script tag', '<script>alert(1)'],
	['textarea breakout', '<textarea></textarea><script>alert(1)</script>'],
	['footnote with javascript', '说明[^1]\n\n[^1]: [x](javascript:alert(1))'],
];

describe('content bodies never carry executable HTML', () => {
	it.each(attacks)('%s', async (_, markdown) => {
		const html = await renderContent(markdown);
		expect(executableParts(html), html).toEqual([]);
		// Attribute values may quote such text harmlessly (an aside's aria-label); markup may not.
		expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/<script|javascript:|onerror|onload|<iframe|<style/i);
	});

	it('keeps the surrounding text of the case that started it', async () => {
		const html = await renderContent('探访记录见下。\n\n<script>alert(1)</script>\n\n老人独居。');
		expect(html).toContain('<p>探访记录见下。</p>');
		expect(html).toContain('<p>老人独居。</p>');
		expect(html).not.toContain('alert(1)');
	});

	it('keeps images under /files/ and drops images from elsewhere', async () => {
		const html = await renderContent('![活动照片](/files/cases/a.jpg)\n\n![外站](https://evil.example/track.gif)');
		expect(html).toContain('<img src="/files/cases/a.jpg" alt="活动照片">');
		expect(html).not.toContain('evil.example');
	});

	it('does not let content clobber ids on the page', async () => {
		const html = await renderContent('<p id="starlight__sidebar" name="x">正文</p>');
		expect(html).not.toContain('starlight__sidebar');
	});
});

describe('what content may use renders as Starlight renders it', () => {
	it('asides keep Starlight markup, icon included', async () => {
		const html = await renderContent(':::caution[入户前]\n先电话确认。\n:::');
		expect(html).toMatch(/<aside aria-label="入户前" class="starlight-aside starlight-aside--caution">/);
		expect(html).toMatch(/<p class="starlight-aside__title" aria-hidden="true"><svg viewBox="0 0 24 24" width="16" height="16" fill="currentColor" class="starlight-aside__icon"><path d="[^"]+"/);
		expect(html).toContain('<div class="starlight-aside__content"><p>先电话确认。</p></div>');
	});

	it('headings keep their ids and Starlight anchor links', async () => {
		const html = await renderContent('## 入户准备\n\n正文');
		expect(html).toContain('<h2 id="入户准备">入户准备</h2>');
		expect(html).toMatch(/<a class="sl-anchor-link" href="#入户准备">/);
	});

	it('tables, task lists, emphasis and links', async () => {
		const html = await renderContent('| 方面 | 原来 |\n|:---|---:|\n| 参与 | **少** |\n\n- [x] 已确认\n- [ ] 未确认\n\n*强调* ~~删除~~ [民政部](https://www.mca.gov.cn/) [联系我们](mailto:info@example.org) [指引](/guide/)');
		expect(html).toContain('<th align="left">方面</th>');
		expect(html).toContain('<td align="right"><strong>少</strong></td>');
		expect(html).toContain('<ul class="contains-task-list">');
		expect(html).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> 已确认</li>');
		expect(html).toContain('<li class="task-list-item"><input type="checkbox" disabled> 未确认</li>');
		expect(html).toContain('<em>强调</em> <del>删除</del>');
		expect(html).toContain('<a href="https://www.mca.gov.cn/">民政部</a>');
		expect(html).toContain('<a href="mailto:info@example.org">联系我们</a>');
		expect(html).toContain('<a href="/guide/">指引</a>');
	});

	it('footnotes link to each other', async () => {
		const html = await renderContent('依据报告[^1]。\n\n[^1]: 2015 年民政部研究报告。');
		const ref = html.match(/<a href="#(user-content-fn-1)" id="(user-content-fnref-1)" data-footnote-ref[^>]*>1<\/a>/);
		expect(ref, html).not.toBeNull();
		expect(html).toContain(`<li id="${ref![1]}">`);
		expect(html).toContain(`href="#${ref![2]}" data-footnote-backref`);
		expect(html).toContain('<section data-footnotes="" class="footnotes">');
		expect(html).toMatch(/<h2 class="sr-only" id="footnote-label">注释<\/h2>/);
		expect(html).toContain('aria-describedby="footnote-label"');
	});
});
