/**
 * 资料[00N] becomes a readable citation (author and year, or the title where the paper has no
 * author), linked to the paper's entry on /sources/ with the full citation as its title: through
 * Astro's real Markdown processor with the site's own options (content-markdown.ts, sanitiser and
 * glossary step included), through the CMS preview's processor, and in frontmatter text.
 */
import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import { contentMarkdown } from '../../src/markdown/content-markdown';
import { renderMarkdown } from '../../cms/admin/preview/markdown';
import { splitSourceRefs } from '../../src/lib/sources/source-refs';
import { fullCitation } from '../../src/lib/sources/full-citation';
import { sourceDocuments } from '../../src/schemas/sources';
import { dom } from '../helpers/dom';

async function render(markdown: string) {
	const processor = await unified(contentMarkdown()).createRenderer({});
	return (await processor.render(markdown)).code;
}

const citations = (html: string) => [...dom(html).querySelectorAll('a[href^="/sources/"]')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('title')]);
const doc = (id: string) => sourceDocuments.find((d) => d.id === id)!;

describe('资料[00N] references', () => {
	it('lists five papers, each with authors, title, publisher, year and a citation a reader can read', () => {
		expect(sourceDocuments.map((d) => d.id)).toEqual(['000', '001', '002', '003', '004']);
		for (const d of sourceDocuments) for (const field of [d.authors, d.title, d.publisher, d.year, d.cited]) expect(field.trim()).not.toBe('');
		for (const d of sourceDocuments) expect(d.cited).not.toMatch(/资料|\[\d{3}\]/);
	});

	it('cites by author and year, or by title where the paper names no author', () => {
		expect(splitSourceRefs('资料[001]').map((s) => s.text)).toEqual(['程奇、方娜（2022）']);
		expect(splitSourceRefs('资料[003]').map((s) => s.text)).toEqual(['李真等（2015）']);
		expect(splitSourceRefs('资料[000]').map((s) => s.text)).toEqual(['《“伙伴共建”如何推动社会组织有效参与老年服务》']);
	});

	it('turns a source line into citations, one per number of a run, and keeps the rest of the text', () => {
		const segments = splitSourceRefs('资料[003] 北京协作者课题报告；资料[001][002]；成员机构撰写');
		expect(segments.map((s) => s.text).join('')).toBe('李真等（2015） 北京协作者课题报告；程奇、方娜（2022）；《社会组织参与社区居家养老服务》；成员机构撰写');
		expect(segments.filter((s) => s.href).map((s) => [s.text, s.href])).toEqual([
			['李真等（2015）', '/sources/#source-003'],
			['程奇、方娜（2022）', '/sources/#source-001'],
			['《社会组织参与社区居家养老服务》', '/sources/#source-002'],
		]);
	});

	it('links the editor’s own naming of the paper instead of naming it twice (as the starter content writes it)', () => {
		expect(splitSourceRefs('资料[001] 程奇、方娜《社区居家养老服务“三社联动”供给机制研究》（2022）')).toEqual([
			{ text: '程奇、方娜《社区居家养老服务“三社联动”供给机制研究》', href: '/sources/#source-001', title: fullCitation(doc('001')) },
			{ text: '（2022）' },
		]);
		expect(splitSourceRefs('资料[002]《社会组织参与社区居家养老服务》').map((s) => s.text)).toEqual(['《社会组织参与社区居家养老服务》']);
		// A sentence that goes on to quote another title is not a naming of the paper.
		expect(splitSourceRefs('资料[002]认为《条例》还不够').map((s) => s.text)).toEqual(['《社会组织参与社区居家养老服务》', '认为《条例》还不够']);
	});

	it('leaves unknown numbers and bare brackets as they are', () => {
		expect(splitSourceRefs('资料[009] 和 [003]')).toEqual([{ text: '资料[009] 和 [003]' }]);
	});

	it('renders citations in a Markdown body through the site’s processor, in lists, emphasis and tables, with the full citation as title', async () => {
		const html = await render('据资料[000]，**资料[003]** 也说。\n\n- 见资料[004]\n\n| 甲 | 乙 |\n| --- | --- |\n| 资料[001] | 无 |\n');
		expect(html).not.toContain('资料[');
		expect(citations(html)).toEqual([
			['《“伙伴共建”如何推动社会组织有效参与老年服务》', '/sources/#source-000', fullCitation(doc('000'))],
			['李真等（2015）', '/sources/#source-003', fullCitation(doc('003'))],
			['段下（2025）', '/sources/#source-004', fullCitation(doc('004'))],
			['程奇、方娜（2022）', '/sources/#source-001', fullCitation(doc('001'))],
		]);
		expect(dom(html).querySelector('strong > a')?.textContent).toBe('李真等（2015）');
		expect(dom(html).querySelector('td > a')?.getAttribute('href')).toBe('/sources/#source-001');
		expect(fullCitation(doc('003'))).toContain('2015MZR0252702');
	});

	it('renders the same citations in the CMS preview', () => {
		const html = renderMarkdown('依据资料[002]。见资料[001][004]', { note: '注意' });
		expect(citations(html).map(([text, href]) => [text, href])).toEqual([
			['《社会组织参与社区居家养老服务》', '/sources/#source-002'],
			['程奇、方娜（2022）', '/sources/#source-001'],
			['段下（2025）', '/sources/#source-004'],
		]);
		expect(html).toContain('>程奇、方娜（2022）</a>；<a');
	});

	it('does not put a link inside a link', async () => {
		const html = await render('[见资料[003]](/cases/x/)');
		expect(html).toBe('<p><a href="/cases/x/">见资料[003]</a></p>');
	});
});
