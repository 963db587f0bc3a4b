/** The CMS preview renders a body through the site's sanitiser: what will not run on the site is not in the preview. */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../cms/admin/preview/markdown';

const titles = { note: '注意', tip: '提示', caution: '警告', danger: '危险' };

describe('CMS preview', () => {
	it.each([
		['<script>alert(1)</script>'],
		['<img src=x onerror=alert(1)>'],
		['[x](javascript:alert(1))'],
		['<iframe src="https://evil.example"></iframe>'],
		['<style>*{display:none}</style>'],
		['<svg><script>alert(1)</script></svg>'],
	])('shows %s as the site would: not at all', (markdown) => {
		const html = renderMarkdown(`探访记录见下。\n\n${markdown}`, titles);
		expect(html).toContain('<p>探访记录见下。</p>');
		expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|<style|<svg/i);
	});

	it('shows the harmless markup the site keeps, raw HTML included', () => {
		const html = renderMarkdown(':::note\n先<strong>确认</strong>身份。\n:::\n\n| a |\n|---|\n| b |\n\n![图](/files/a.png)', titles);
		expect(html).toContain('<aside class="starlight-aside starlight-aside--note"');
		expect(html).toContain('先<strong>确认</strong>身份。');
		expect(html).toContain('<td>b</td>');
		expect(html).toContain('<img src="/files/a.png" alt="图">');
	});
});
