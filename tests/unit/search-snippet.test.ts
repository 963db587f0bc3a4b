/**
 * What a result shows: its snippet cut from the token stream with the matches marked, its type
 * and its organisations.
 */
import { describe, expect, it } from 'vitest';
import { toResultView } from '../../src/lib/search/result-view';
import { buildSnippet } from '../../src/lib/search/snippet';
import { tokenStream } from '../../src/lib/search/tokenize';

const marked = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('buildSnippet', () => {
	it('marks every match of every word', () => {
		expect(marked(buildSnippet('社工入户前要确认安全，入户时注意安全。', ['入户', '安全']))).toBe('社工[入户]前要确认[安全]，[入户]时注意[安全]。');
	});

	it('cuts a window around the first match, with ellipses where text was left out', () => {
		const text = `${'前'.repeat(100)}意定监护${'后'.repeat(100)}`;
		const snippet = marked(buildSnippet(text, ['意定监护'], 40));
		expect(snippet).toBe(`…${'前'.repeat(16)}[意定监护]${'后'.repeat(20)}…`);
	});

	it('marks Latin words case-insensitively and shows the start when nothing matches', () => {
		expect(marked(buildSnippet('下载 pdf 文件', ['PDF']))).toBe('下载 [pdf] 文件');
		expect(marked(buildSnippet('短文本', ['不存在']))).toBe('短文本');
	});
});

describe('toResultView', () => {
	it('reads title, type and organisations, and snips the text after the title', () => {
		const view = toResultView(
			{
				url: '/cases/x/',
				content: tokenStream(['社区工作案例', '社工在社区开展社会工作。']),
				meta: { title: '社区工作案例' },
				filters: { type: ['案例'], org: ['甲中心', '乙支持中心'] },
			},
			['会工'],
		);
		expect(view).toMatchObject({ url: '/cases/x/', title: '社区工作案例', type: '案例', orgs: ['甲中心', '乙支持中心'] });
		expect(marked(view.snippet)).toBe('社工在社区开展社[会工]作。');
	});
});
