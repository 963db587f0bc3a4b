import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkSourceLinks } from '../../src/markdown/remark-source-links';
import { splitSourceRefs } from '../../src/lib/sources/source-refs';
import { sourceDocuments } from '../../src/schemas/sources';

const render = (markdown: string) =>
	String(unified().use(remarkParse).use(remarkGfm).use(remarkSourceLinks).use(remarkRehype).use(rehypeStringify).processSync(markdown));

describe('资料[00N] references', () => {
	it('lists five papers, each with authors, title, publisher and year', () => {
		expect(sourceDocuments.map((d) => d.id)).toEqual(['000', '001', '002', '003', '004']);
		for (const doc of sourceDocuments) for (const field of [doc.authors, doc.title, doc.publisher, doc.year]) expect(field.trim()).not.toBe('');
	});

	it('splits a source line into linked and plain pieces that join back to the text', () => {
		const text = '资料[003] 北京协作者课题报告；资料[001][002]；成员机构撰写';
		const segments = splitSourceRefs(text);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.filter((s) => s.href).map((s) => [s.text, s.href])).toEqual([
			['资料[003]', '/sources/#source-003'],
			['资料[001]', '/sources/#source-001'],
			['[002]', '/sources/#source-002'],
		]);
	});

	it('leaves unknown numbers and bare brackets as text', () => {
		expect(splitSourceRefs('资料[009] 和 [003]')).toEqual([{ text: '资料[009] 和 [003]' }]);
	});

	it('links references in a Markdown body through the real processor, in lists, emphasis and tables', () => {
		const html = render('据资料[000]，**资料[003]** 也说。\n\n- 见资料[004]\n\n| 甲 | 乙 |\n| --- | --- |\n| 资料[001] | 无 |\n');
		expect(html).toContain('据<a href="/sources/#source-000">资料[000]</a>，');
		expect(html).toContain('<strong><a href="/sources/#source-003">资料[003]</a></strong>');
		expect(html).toContain('<li>见<a href="/sources/#source-004">资料[004]</a></li>');
		expect(html).toContain('<td><a href="/sources/#source-001">资料[001]</a></td>');
	});

	it('does not put a link inside a link', () => {
		const html = render('[见资料[003]](/cases/x/)');
		expect(html).toBe('<p><a href="/cases/x/">见资料[003]</a></p>');
	});
});
