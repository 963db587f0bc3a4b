/**
 * Reading a built page for the index: the text Pagefind would index, in blocks, the title and
 * the search metadata; and the record made from it.
 */
import { describe, expect, it } from 'vitest';
import { extractIndexedPage } from '../../src/lib/search/extract-indexed-page';
import { toSearchRecord } from '../../src/lib/search/search-record';
import { GAP } from '../../src/lib/search/tokenize';
import { urlForFile } from '../../src/lib/search/built-pages';

const page = `<!doctype html><html lang="zh-CN"><head><title>T</title><script>var x = "脚本"</script></head><body>
<nav>侧栏 不要</nav>
<main data-pagefind-body>
  <h1 id="_top">社区<span data-pagefind-ignore>隐藏</span>工作 案例</h1>
  <div hidden data-search-meta='{"type":"案例","filters":{"org":["甲中心"],"population":["空巢老人"]}}' data-pagefind-ignore></div>
  <p>社会\n工作者&amp;志愿者<br>第二行</p>
  <dl><dt>地区</dt><dd>北京市朝阳区</dd></dl>
  <svg><text>图</text></svg>
  <footer>上一页 下一页</footer>
</main>
<footer>版权</footer>
</body></html>`;

describe('extractIndexedPage', () => {
	it('takes the indexed region in blocks, without ignored, skipped or outside elements', () => {
		expect(extractIndexedPage(page)).toEqual({
			title: '社区工作 案例',
			blocks: ['社区工作案例', '社会工作者&志愿者', '第二行', '地区', '北京市朝阳区'],
			meta: { type: '案例', filters: { org: ['甲中心'], population: ['空巢老人'] } },
		});
	});

	it('skips pages without data-pagefind-body', () => {
		expect(extractIndexedPage('<html><body><main><h1>列表</h1></main></body></html>')).toBeUndefined();
	});
});

describe('toSearchRecord', () => {
	it('indexes the token stream under language und, with the filters and the title', () => {
		const record = toSearchRecord(extractIndexedPage(page)!, '/cases/x/');
		expect(record).toMatchObject({
			url: '/cases/x/',
			language: 'und',
			meta: { title: '社区工作 案例' },
			filters: { type: ['案例'], org: ['甲中心'], population: ['空巢老人'] },
		});
		expect(record.content.startsWith(`社区 区工 工作 作案 案例 ${GAP} 社会 会工`)).toBe(true);
	});

	it('files pages without search metadata (Starlight pages) under 页面', () => {
		const record = toSearchRecord({ title: '关于', blocks: ['关于共建'] }, '/about/');
		expect(record.filters).toEqual({ type: ['页面'] });
	});

	it('derives the URL from the built file', () => {
		expect(urlForFile('/out', '/out/cases/x/index.html')).toBe('/cases/x/');
		expect(urlForFile('/out', '/out/index.html')).toBe('/');
	});
});
