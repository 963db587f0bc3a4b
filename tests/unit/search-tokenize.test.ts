/**
 * The tokeniser both the index and the queries go through: Han bigrams, whole Latin words,
 * bridges where the two touch, gaps and punctuation as position-only tokens, and a stream that
 * turns back into the text it came from.
 */
import { describe, expect, it } from 'vitest';
import { detokenize } from '../../src/lib/search/detokenize';
import { normaliseText } from '../../src/lib/search/normalise';
import { GAP, isBridge, tokenStream, tokenize } from '../../src/lib/search/tokenize';

describe('normaliseText', () => {
	it('drops whitespace between Han characters and collapses the rest', () => {
		expect(normaliseText('社会\n  工作  服务 PDF\t文件')).toBe('社会工作服务 PDF 文件');
	});

	it('reads full-width letters and digits as ASCII and removes invisible characters', () => {
		expect(normaliseText('２０２４年ＮＧＯ\u200B报告\u2063')).toBe('2024年NGO报告');
	});
});

describe('tokenize', () => {
	it('cuts a Han run into overlapping bigrams, keeping a lone character whole', () => {
		expect(tokenize('社会工作')).toEqual(['社会', '会工', '工作']);
		expect(tokenize('年')).toEqual(['年']);
	});

	it('keeps Latin words and numbers whole, with a gap token for each space', () => {
		expect(tokenize('NGO and PDF')).toEqual(['NGO', GAP, 'and', GAP, 'PDF']);
	});

	it('bridges a word and the Han character it touches', () => {
		expect(tokenize('2024年度')).toEqual(['2024', '2024年', '年度']);
		expect(tokenize('下载PDF')).toEqual(['下载', '载PDF', 'PDF']);
		expect(tokenize('PDF 文件')).toEqual(['PDF', GAP, '文件']);
	});

	it('gives every punctuation mark a token of its own, so phrases stop at it', () => {
		expect(tokenize('社会，工作')).toEqual(['社会', '，', '工作']);
		expect(tokenize('“三社联动”')).toEqual(['“', '三社', '社联', '联动', '”']);
	});

	it('treats a line break inside Chinese text as no break at all', () => {
		expect(tokenize('在社\n区')).toEqual(tokenize('在社区'));
	});

	it('tells bridges from bigrams and words', () => {
		expect(['2024年', '载PDF'].map(isBridge)).toEqual([true, true]);
		expect(['社会', 'PDF', '，', GAP].map(isBridge)).toEqual([false, false, false, false]);
	});
});

describe('tokenStream and detokenize', () => {
	it('separates blocks with a gap so no phrase spans two paragraphs', () => {
		expect(tokenStream(['背景', '老残共养'])).toBe(`背景 ${GAP} 老残 残共 共养`);
	});

	it('turns a stream back into the normalised text of its blocks', () => {
		const blocks = ['融爱融乐：从老残共养家庭监护试点', '2024年10月，13家机构 提出建议（PDF 下载）', 'NGO e-mail'];
		expect(detokenize(tokenStream(blocks))).toBe(blocks.map(normaliseText).join(' '));
	});

	it('leaves out empty blocks', () => {
		expect(tokenStream(['', '  ', '社区'])).toBe('社区');
	});
});
