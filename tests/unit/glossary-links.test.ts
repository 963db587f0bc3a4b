/**
 * The glossary rehype step through Astro's real Markdown processor (unified with remark-gfm, as
 * astro.config.mjs sets it up): first occurrence only, never in headings, links or code, the
 * longest term first, and only what a sanitiser allowlist keeps (a plain link with class, title
 * and data-*).
 */
import { describe, expect, it } from 'vitest';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { rehypeGlossaryLinks, shortDefinition, type GlossaryTerm } from '../../src/markdown/rehype-glossary-links';
import { routes } from '../../src/lib/routes';
import { dom } from '../helpers/dom';

const term = (name: string, definition: string): GlossaryTerm => ({ term: name, definition, href: routes.term(name) });
const TERMS = [
	term('社会工作', '运用专业方法助人的职业活动。'),
	term('社会工作者', '从事社会工作的专业人员，简称社工。持证上岗。'),
	term('入户探访', '到老人家中了解情况、提供服务。'),
	term('三社联动', '社区、社会组织、社会工作者协同服务居民的机制。'),
];

async function render(markdown: string, terms = TERMS) {
	// The same construction as astro.config.mjs; Astro asks the processor for its renderer the same way.
	const processor = await unified({ gfm: false, remarkPlugins: [remarkGfm], rehypePlugins: [[rehypeGlossaryLinks, { terms: () => terms }]] }).createRenderer({});
	const { code } = await processor.render(markdown);
	return code;
}

const links = (html: string) => [...dom(html).querySelectorAll('a.gj-term')].map((a) => `${a.textContent}→${decodeURIComponent(a.getAttribute('href')!)}`);

describe('glossary links', () => {
	it('links the first occurrence of each term only', async () => {
		const html = await render('入户探访前要准备。第二次入户探访时也一样。\n\n再说一次入户探访。');
		expect(links(html)).toEqual(['入户探访→/glossary/#入户探访']);
		expect(dom(html).querySelectorAll('a').length).toBe(1);
	});

	it('prefers the longest term and does not link a shorter one inside it', async () => {
		const html = await render('每位社会工作者都要懂社会工作。');
		expect(links(html)).toEqual(['社会工作者→/glossary/#社会工作者', '社会工作→/glossary/#社会工作']);
		const first = await render('社会工作者的职责。');
		expect(links(first)).toEqual(['社会工作者→/glossary/#社会工作者']);
	});

	it('never links inside headings, links, inline code or code blocks, and links the next occurrence instead', async () => {
		const html = await render(
			['## 入户探访的准备', '', '见[入户探访规程](/guide/visit/)和 `三社联动` 。', '', '```', '社会工作者', '```', '', '正文里的入户探访、三社联动和社会工作者。'].join('\n'),
		);
		expect(links(html)).toEqual(['入户探访→/glossary/#入户探访', '三社联动→/glossary/#三社联动', '社会工作者→/glossary/#社会工作者']);
		const page = dom(html);
		expect(page.querySelector('h2 a.gj-term, code a, pre a, a a')).toBeNull();
		expect(page.querySelector('a.gj-term')!.closest('p')!.textContent).toBe('正文里的入户探访、三社联动和社会工作者。');
	});

	it('links terms in lists, tables and asides-to-be, keeping the text around them', async () => {
		const html = await render('| 做法 | 说明 |\n|---|---|\n| 入户探访 | 每月一次 |\n\n- 三社联动试点');
		expect(links(html)).toEqual(['入户探访→/glossary/#入户探访', '三社联动→/glossary/#三社联动']);
		expect(dom(html).querySelector('li')!.textContent).toBe('三社联动试点');
	});

	it('produces only a link with href, class, title and data-*, with a short definition', async () => {
		const html = await render('社会工作者上门。');
		const link = dom(html).querySelector('a.gj-term')!;
		expect(link.getAttributeNames().sort()).toEqual(['class', 'data-definition', 'data-term', 'href', 'title']);
		expect(link.getAttribute('title')).toBe('从事社会工作的专业人员，简称社工。');
		expect(link.getAttribute('data-definition')).toBe(link.getAttribute('title'));
		expect(shortDefinition('一'.repeat(100))).toHaveLength(60);
	});

	it('does nothing without a glossary, and treats terms as text, not patterns', async () => {
		expect(links(await render('入户探访', []))).toEqual([]);
		expect(links(await render('费用(元)和a.b', [term('费用(元)', '钱。'), term('a.b', '点。')]))).toEqual(['费用(元)→/glossary/#费用(元)', 'a.b→/glossary/#a.b']);
	});
});
