/**
 * Ways on from every page: the site's sections in the header of every page type (the guide and
 * the curriculum keep their own sidebars), a 404 page with the sections and a search form that
 * works without JavaScript, and glossary terms in the text linked to the glossary, which has an
 * index by pinyin initial.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, copyFixture, type BuiltSite } from '../helpers/site-build';
import { dom, hrefs } from '../helpers/dom';

const SECTIONS = ['/guide/', '/learn/', '/cases/', '/briefs/', '/orgs/', '/tools/', '/glossary/', '/updates/'];
const LABELS = ['指引', '学习', '案例', '政策建议', '机构', '工具', '术语', '最近更新'];

const PAGES: [string, string | null][] = [
	['/', null],
	['/guide/', '/guide/'],
	['/guide/visit/', '/guide/'],
	['/guide/2024/visit/', '/guide/'],
	['/guide/print/', '/guide/'],
	['/learn/', '/learn/'],
	['/learn/mod-one/session-one/', '/learn/'],
	['/cases/', '/cases/'],
	['/cases/case-one/', '/cases/'],
	['/briefs/brief-one/', '/briefs/'],
	['/orgs/org-a/', '/orgs/'],
	['/tools/tool-one/', '/tools/'],
	['/events/event-one/', null],
	['/glossary/', '/glossary/'],
	['/about/', null],
	['/updates/', '/updates/'],
	['/search/', null],
];

let site: BuiltSite;

beforeAll(async () => {
	site = await buildSite(copyFixture('basic'));
});

describe('site navigation', () => {
	it.each(PAGES)('%s has every section in the header, the current one marked', (path, current) => {
		const html = site.html(path);
		const nav = dom(html).querySelector('header nav.gj-site-nav');
		expect(nav?.getAttribute('aria-label')).toBe('网站栏目');
		expect(hrefs(html, 'header nav.gj-site-nav a')).toEqual(SECTIONS);
		expect([...nav!.querySelectorAll('a')].map((a) => a.textContent?.trim())).toEqual(LABELS);
		expect(hrefs(html, 'header nav.gj-site-nav a[aria-current="page"]')).toEqual(current ? [current] : []);
	});

	it('keeps the guide its own sidebar while the header reaches the other sections', () => {
		const html = site.html('/guide/visit/');
		expect(hrefs(html, 'nav.sidebar a')).not.toContain('/cases/');
		expect(hrefs(html, 'header a')).toEqual(expect.arrayContaining(['/cases/', '/glossary/', '/orgs/']));
	});

	it('has a 404 page with the sections and a search form that works without JavaScript', () => {
		const html = readFileSync(join(site.outDir, '404.html'), 'utf-8');
		const page = dom(html);
		expect(page.querySelector('h1')?.textContent).toBe('页面不存在');
		expect(hrefs(html, 'main .gj-notfound-sections a')).toEqual(['/', ...SECTIONS]);
		const form = page.querySelector('main form[role="search"]');
		expect(form?.getAttribute('action')).toBe('/search/');
		expect(form?.getAttribute('method')).toBe('get');
		const input = form?.querySelector('input[name="q"]');
		expect(page.querySelector(`label[for="${input?.getAttribute('id')}"]`)?.textContent).toBe('搜索全站');
		expect(hrefs(html, 'header nav.gj-site-nav a')).toEqual(SECTIONS);
		// Starlight's text told readers to use a sidebar the 404 page did not have.
		expect(html).not.toContain('从侧栏进入各栏目');
	});
});

describe('glossary links and index', () => {
	it('links a term in a guide section to its definition, once, as a plain link', () => {
		const html = site.html('/guide/intro/');
		const terms = [...dom(html).querySelectorAll('main a.gj-term')];
		expect(terms.map((a) => [a.textContent, decodeURIComponent(a.getAttribute('href')!), a.getAttribute('title')])).toEqual([['入户探访', '/glossary/#入户探访', '到老人家中探访。']]);
		// The heading "2 入户探访" on the visit page is not linked; its body has no other occurrence.
		expect(dom(site.html('/guide/visit/')).querySelector('h1 a, h2 a.gj-term')).toBeNull();
	});

	it('indexes the glossary by pinyin initial, each letter a 44 px link to its group', () => {
		const html = site.html('/glossary/');
		const page = dom(html);
		expect(hrefs(html, '.gj-glossary-index a')).toEqual(['#initial-R', '#initial-Z']);
		expect([...page.querySelectorAll('.gj-glossary-group > h2')].map((h) => h.id)).toEqual(['initial-R', 'initial-Z']);
		expect(page.querySelector('#initial-R + dl dt')?.getAttribute('id')).toBe('入户探访');
		expect(page.querySelector('#initial-Z + dl dt')?.getAttribute('id')).toBe('转介');
	});
});
