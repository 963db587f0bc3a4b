/**
 * Builds the real site against the `basic` fixture and checks the HTML of every page type:
 * credits, structured fields, relations in both directions, editions, facets and profiles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, type BuiltSite } from '../helpers/site-build';
import { dom, hrefs, textOf } from '../helpers/dom';

let site: BuiltSite;

beforeAll(async () => {
	site = await buildSite(copyFixture('basic'));
});

const credits = (html: string) =>
	[...dom(html).querySelectorAll('[data-credits] a[data-org]')].map((a) => `${a.getAttribute('href')} ${a.textContent}${a.nextElementSibling?.textContent}`);

describe('home', () => {
	it('has three doors: editors, new staff, policymakers', () => {
		const html = site.html('/');
		const doors = [...dom(html).querySelectorAll('.gj-door h2')].map((h) => h.textContent);
		expect(doors).toEqual(['共同编写指引', '新同事入门', '案例与政策']);
		expect(hrefs(html, '.gj-door a')).toEqual(expect.arrayContaining(['/guide/', '/learn/', '/cases/', '/briefs/', '/admin/']));
	});
});

describe('guide', () => {
	it('renders the current edition with its own sidebar, a table of contents and prev/next', () => {
		const html = site.html('/guide/visit/');
		expect(textOf(html, 'h1')).toBe('2 入户探访');
		expect(hrefs(html, 'nav.sidebar a')).toEqual(expect.arrayContaining(['/guide/intro/', '/guide/visit/', '/guide/privacy/']));
		expect(hrefs(html, 'nav.sidebar a')).not.toContain('/cases/');
		expect([...dom(html).querySelectorAll('starlight-toc a')].map((a) => a.textContent?.trim())).toEqual(
			expect.arrayContaining(['进门之前', '检查清单', '注意事项']),
		);
		expect(dom(html).querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/guide/intro/');
		expect(dom(html).querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/guide/privacy/');
		expect(credits(html)).toEqual(['/orgs/org-a/ 甲中心（主笔）', '/orgs/org-b/ 乙支持中心（审阅）']);
		expect(html).toContain('starlight-aside--caution');
		expect(textOf(html, '#checklist + ul')).toContain('出示工作证');
		expect(site.html('/guide/visit/')).not.toContain('不是现行版本');
	});

	it('keeps the previous edition at its own URL, marked as not current', () => {
		const html = site.html('/guide/2024/visit/');
		expect(textOf(html, '.sl-banner')).toContain('不是现行版本');
		expect(hrefs(html, '.sl-banner a')).toEqual(['/guide/visit/']);
		expect(hrefs(html, 'nav.sidebar a')).toEqual(expect.arrayContaining(['/guide/2024/intro/', '/guide/2024/visit/']));
		expect(site.exists('/guide/2024/privacy/')).toBe(false);
		expect(textOf(site.html('/guide/2024/'), '.sl-banner')).toContain('不是现行版本');
	});

	it('lists the sections of an edition and prints them on one page', () => {
		expect(hrefs(site.html('/guide/'), '.gj-section-list a')).toEqual(['/guide/intro/', '/guide/visit/', '/guide/privacy/']);
		const print = site.html('/guide/print/');
		expect([...dom(print).querySelectorAll('.gj-print-section > h2')].map((h) => h.textContent)).toEqual(['1 总则', '2 入户探访', '3 隐私保护']);
	});
});

describe('cases', () => {
	it('shows a case with its structured fields, credits and what cites it', () => {
		const html = site.html('/cases/case-one/');
		expect(credits(html)).toEqual(['/orgs/org-a/ 甲中心（案例提供）', '/orgs/org-b/ 乙支持中心（主笔）']);
		for (const heading of ['背景', '需求评估', '介入过程', '成效', '困难与反思']) expect(html).toContain(`>${heading}</h2>`);
		expect(textOf(html, '.gj-facts')).toContain('高龄老人(80+)');
		expect(textOf(html, '.gj-facts')).toContain('北京市朝阳区');
		expect(textOf(html, '.gj-facts')).toContain('2021年起');
		expect(hrefs(html, '#cited-by ~ * a, #cited-by + * a')).toEqual(
			expect.arrayContaining(['/briefs/brief-one/', '/learn/mod-one/session-one/', '/guide/visit/']),
		);
		expect(html).toContain('data-illustrative');
	});

	it('gathers what the source does not record under 资料说明, just above the source line, and links each 资料[00N]', () => {
		const page = dom(site.html('/cases/case-one/'));
		const notes = page.querySelector('#source-notes');
		expect(notes?.textContent).toBe('资料说明');
		expect(notes?.parentElement?.textContent).toContain('资料没有记载服务人数。');
		expect(notes?.parentElement?.nextElementSibling?.classList.contains('gj-source')).toBe(true);
		expect([...page.querySelectorAll('starlight-toc a')].map((a) => a.textContent?.trim())).toContain('资料说明');
		expect(hrefs(site.html('/cases/case-one/'), '.gj-source a')).toEqual(['/sources/#source-003', '/sources/#source-001', '/sources/#source-004']);
		// Readers see citations, not numbers.
		expect(page.querySelector('.gj-source')?.textContent).toBe('来源李真等（2015） 测试夹具；程奇、方娜（2022）；段下（2025）');
		expect(page.querySelector('.sl-markdown-content')?.textContent).not.toContain('资料[');
		expect(hrefs(site.html('/cases/case-one/'), '.sl-markdown-content p a[href^="/sources/"]')).toContain('/sources/#source-002');
		expect(dom(site.html('/cases/case-two/')).querySelector('#source-notes')).toBeNull();
	});

	it('lists the five source papers on the sources page, one anchor each', () => {
		const page = dom(site.html('/sources/'));
		expect([...page.querySelectorAll('h2[id^="source-"]')].map((h) => h.id)).toEqual(['source-000', 'source-001', 'source-002', 'source-003', 'source-004']);
		expect(page.querySelector('#source-001')?.parentElement?.textContent).toContain('程奇、方娜');
		expect([...page.querySelectorAll('h2[id^="source-"]')].map((h) => h.textContent)).toEqual(['《“伙伴共建”如何推动社会组织有效参与老年服务》', '程奇、方娜（2022）', '《社会组织参与社区居家养老服务》', '李真等（2015）', '段下（2025）']);
		expect(page.querySelector('#source-003')?.parentElement?.textContent).toContain('2015MZR0252702');
	});

	it('lists case cards with organisation, population, district and summary', () => {
		const card = dom(site.html('/cases/')).querySelector('[data-case="case-one"]')!;
		const text = card.textContent!.replace(/\s+/g, ' ');
		expect(text).toContain('志愿者结对探访高龄老人');
		expect(text).toContain('甲中心、乙支持中心');
		expect(text).toContain('高龄老人(80+)');
		expect(text).toContain('北京市朝阳区');
	});

	it('has static facet pages that work without JavaScript', () => {
		const html = site.html('/cases/population/高龄老人-80/');
		expect([...dom(html).querySelectorAll('[data-case]')].map((c) => c.getAttribute('data-case'))).toEqual(['case-one']);
		expect([...dom(site.html('/cases/org/org-b/')).querySelectorAll('[data-case]')].map((c) => c.getAttribute('data-case')).sort()).toEqual([
			'case-one',
			'case-two',
		]);
		expect(hrefs(site.html('/cases/'), '.gj-facets a')).toEqual(
			expect.arrayContaining(['/cases/method/督导/', '/cases/district/北京市东城区/', '/cases/org/org-a/']),
		);
	});
});

describe('briefs', () => {
	it('shows status, status history, target bodies, proposals and evidence cases', () => {
		const html = site.html('/briefs/brief-one/');
		expect(textOf(html, '.gj-facts')).toContain('已提交（2024年10月）');
		expect(textOf(html, '.gj-facts')).toContain('某区民政局');
		expect([...dom(html).querySelectorAll('[data-status-history] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
			'2024年 草稿：起草',
			'2024年10月 已提交：在政策面对面上提交',
		]);
		expect(textOf(html, '#proposals + ol')).toBe('把探访纳入购买服务');
		expect(hrefs(html, '.gj-card a')).toEqual(['/cases/case-one/']);
		expect(hrefs(html, '.gj-facts a')).toEqual(['/events/event-one/']);
		expect(credits(html)).toEqual(['/orgs/org-a/ 甲中心（主笔）']);
	});

	it('lists briefs with their current status, and by status', () => {
		expect(textOf(site.html('/briefs/'), '[data-brief="brief-one"]')).toContain('已提交');
		expect(site.exists('/briefs/status/已提交/')).toBe(true);
	});
});

describe('curriculum', () => {
	it('orders modules and shows what a session needs', () => {
		expect(hrefs(site.html('/learn/'), '.gj-learning-path a')).toEqual(['/learn/mod-one/', '/learn/mod-one/session-one/']);
		const html = site.html('/learn/mod-one/session-one/');
		expect(textOf(html, '.gj-facts')).toContain('90 分钟');
		expect(textOf(html, '#objectives + ul')).toBe('能说明来意');
		expect(textOf(html, '#activities + table')).toContain('两人一组模拟入户');
		expect(textOf(html, '#reflection + ol')).toBe('你紧张的是什么？');
		expect(hrefs(html, '.gj-links a')).toEqual(expect.arrayContaining(['/cases/case-one/', '/guide/visit/', '/tools/tool-one/']));
		expect(hrefs(html, 'nav.sidebar a')).toEqual(expect.arrayContaining(['/learn/', '/learn/mod-one/', '/learn/mod-one/session-one/']));
	});
});

describe('organisations', () => {
	it('lists everything an organisation is credited on, by kind, without ranking', () => {
		const html = site.html('/orgs/org-b/');
		const kinds = [...dom(html).querySelectorAll('[data-contributions]')].map((s) => s.getAttribute('data-contributions'));
		// Keyed by collection name, in the registry's order.
		expect(kinds).toEqual(['guide', 'cases', 'modules', 'sessions', 'events', 'glossary', 'docs']);
		expect(hrefs(html, '[data-contributions="cases"] a')).toEqual(['/cases/case-one/', '/cases/case-two/']);
		expect(textOf(html, '[data-contributions="guide"]')).toContain('入户探访（审阅）');
		expect(textOf(html, '[data-contributions="events"]')).toContain('（主笔、参与）');
		expect(hrefs(site.html('/orgs/'), 'main a')).toEqual(expect.arrayContaining(['/orgs/org-a/', '/orgs/org-b/']));
	});
});

describe('tools, events, glossary, pages', () => {
	it('offers a tool with its downloadable file', () => {
		expect(hrefs(site.html('/tools/tool-one/'), '[data-downloads] a')).toEqual(['/files/tools/tool-one.docx']);
	});

	it('records an event with participants and the briefs it produced', () => {
		const html = site.html('/events/event-one/');
		expect(textOf(html, '.gj-facts')).toContain('2024年10月');
		expect(hrefs(html, '.gj-links a')).toEqual(expect.arrayContaining(['/orgs/org-a/', '/orgs/org-b/', '/briefs/brief-one/']));
	});

	it('defines glossary terms with links between them', () => {
		const html = site.html('/glossary/');
		expect(textOf(html, 'dt[id="入户探访"]')).toBe('入户探访');
		expect(hrefs(html, 'dd a')).toContain('/glossary/#%E8%BD%AC%E4%BB%8B');
		expect(textOf(html, 'dt[id="转介"]')).toBe('转介示例');
		expect(dom(html).querySelector('dt[id="入户探访"] .gj-badge')).toBeNull();
		expect(hrefs(html, 'dd a[href^="/sources/"]')).toEqual(['/sources/#source-004']);
	});

	it('credits the organisations on Starlight-rendered pages too', () => {
		expect(credits(site.html('/about/'))).toEqual(['/orgs/org-b/ 乙支持中心（主笔）']);
	});
});

describe('the CMS script', () => {
	it('is the production build of its packages, even when the test runner (NODE_ENV=test) bundled it', () => {
		const script = readFileSync(join(site.outDir, 'admin/assets/admin.js'), 'utf-8');
		expect(script.length).toBeGreaterThan(1_000_000);
		// Only the "development" builds of Emotion and of micromark's assertions carry these messages.
		expect(script).not.toContain('You have illegal escape sequence in your template literal');
		expect(script).not.toContain('expected `childFlow` to be defined');
	});
});
