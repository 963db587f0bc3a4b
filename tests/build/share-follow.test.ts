/**
 * Share and follow, on a real build of the basic fixture committed to a throwaway git repository
 * (pinned authors and dates, a code-only commit between content commits), plus a case whose long
 * title has quotes, an ampersand and angle brackets and is credited to three organisations:
 * every page has one title, a description of its own and an Open Graph image that exists as a
 * 1200×630 PNG; the favicon and touch icon exist; every feed is well-formed Atom with the
 * required elements and RFC 3339 dates, announced by its pages and listed on /updates/.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PNG } from 'pngjs';
import sax from 'sax';
import { beforeAll, describe, expect, it } from 'vitest';
import { collections } from '../../src/schemas/registry';
import { renderShareCard, type ShareCard } from '../../src/lib/share/share-card';
import { siteDescription, siteName } from '../../src/lib/share/site-identity';
import { dom } from '../helpers/dom';
import { commit, editorA, editorB, initRepo, writeFiles } from '../helpers/git-repo';
import { buildSite, projectRoot, type BuiltSite } from '../helpers/site-build';
import { differingPixels } from '../helpers/png-pixels';

const MESSY_CASE = `---
slug: case-three
title: 独居高龄老人冬季用电安全排查、家属沟通与“一户一档”建档：三家机构在老旧小区的联合入户 & <探访> 记录
summary: 三家机构在老旧小区联合入户，排查用电安全并建立“一户一档”
case_kind: 项目案例
credits:
  - org: org-b
    role: 主笔
  - org: org-a
    role: 共同撰写
  - org: org-b
    role: 审阅
district: 北京市朝阳区
period:
  start: 2023-11
  end: 2024-02
populations:
  - 高龄老人(80+)
methods:
  - 入户探访
background: 背景。
needs_assessment: 评估。
intervention: 介入。
outcomes: 成效。
difficulties_reflection: 反思。
pseudonymised: true
consent: 不涉及可识别个人
source: 测试夹具
illustrative: true
---
`;

let site: BuiltSite;

beforeAll(async () => {
	const repo = initRepo();
	const content = join(repo, 'content');
	cpSync(join(projectRoot, 'tests/fixtures/basic/content'), content, { recursive: true });
	commit(repo, editorA, '2024-01-10', '导入指引和案例', ['content']);
	writeFiles(repo, { 'README.md': '代码提交\n' });
	commit(repo, editorA, '2024-02-01', 'docs: readme', ['README.md']);
	writeFileSync(join(content, 'cases/case-three.md'), MESSY_CASE);
	commit(repo, editorB, '2024-03-01T09:30:00+08:00', '新增联合入户案例', ['content/cases/case-three.md']);
	site = await buildSite(content);
}, 300_000);

function* files(dir: string, suffix: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* files(path, suffix);
		else if (entry.name.endsWith(suffix)) yield path;
	}
}

/** Built pages as URL paths, without the CMS (not a Starlight page, never shared). */
const pages = () =>
	[...files(site.outDir, 'index.html')]
		.map((file) => `/${relative(site.outDir, file).replace(/index\.html$/, '')}`)
		.filter((url) => !url.startsWith('/admin/'));

const builtFile = (url: string) => join(site.outDir, decodeURIComponent(new URL(url, 'https://x.invalid').pathname));

function pngSize(file: string): { width: number; height: number } {
	const bytes = readFileSync(file);
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('share cards', () => {
	it('every page has one title naming the site once, a description of its own and a 1200×630 PNG og:image', () => {
		const urls = pages();
		expect(urls.length).toBeGreaterThan(40);
		const problems: string[] = [];
		for (const url of urls) {
			const head = dom(site.html(url)).querySelector('head')!;
			const titles = [...head.querySelectorAll('title')].map((t) => t.textContent ?? '');
			if (titles.length !== 1 || titles[0].split(siteName).length !== 2) problems.push(`${url}: title ${JSON.stringify(titles)}`);
			const descriptions = [...head.querySelectorAll('meta[name="description"]')].map((m) => m.getAttribute('content') ?? '');
			if (descriptions.length !== 1 || !descriptions[0].trim() || descriptions[0] === siteDescription) problems.push(`${url}: description ${JSON.stringify(descriptions)}`);
			const images = [...head.querySelectorAll('meta[property="og:image"]')].map((m) => m.getAttribute('content') ?? '');
			if (images.length !== 1) problems.push(`${url}: og:image ${JSON.stringify(images)}`);
			else {
				const size = pngSize(builtFile(images[0]));
				if (size.width !== 1200 || size.height !== 630) problems.push(`${url}: image ${size.width}×${size.height}`);
				if (head.querySelector('meta[name="twitter:image"]')?.getAttribute('content') !== images[0]) problems.push(`${url}: twitter:image`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('the home page is titled as the site, once', () => {
		expect(dom(site.html('/')).querySelector('title')?.textContent).toBe(siteName);
	});

	it('gives every entry, cases and briefs included, its own card, also on its history page; list pages share their section card', () => {
		const image = (url: string) => dom(site.html(url)).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
		expect(image('/orgs/org-a/')).toBe('https://gongjian.example.org/og/orgs/org-a.png');
		expect(image('/guide/intro/')).toBe('https://gongjian.example.org/og/guide/intro.png');
		expect(image('/guide/2024/intro/')).not.toBe(image('/guide/intro/'));
		expect(image('/history/organisations/org-a/')).toBe(image('/orgs/org-a/'));
		expect(image('/cases/')).toBe('https://gongjian.example.org/og/section/cases.png');
		expect(image('/cases/population/高龄老人-80/')).toBe(image('/cases/'));
		expect(image('/cases/case-three/')).toBe('https://gongjian.example.org/og/cases/case-three.png');
		expect(image('/cases/case-one/')).toBe('https://gongjian.example.org/og/cases/case-one.png');
		expect(image('/history/cases/case-three/')).toBe(image('/cases/case-three/'));
		expect(image('/briefs/brief-one/')).toBe('https://gongjian.example.org/og/briefs/brief-one.png');
		const alt = dom(site.html('/orgs/org-a/')).querySelector('meta[property="og:image:alt"]')!.getAttribute('content');
		expect(alt).toMatch(/^机构：/);
		// The title is text in the head, never markup.
		const head = dom(site.html('/cases/case-three/')).querySelector('head')!;
		expect(head.querySelector('title')?.textContent).toBe(`独居高龄老人冬季用电安全排查、家属沟通与“一户一档”建档：三家机构在老旧小区的联合入户 & <探访> 记录 | ${siteName}`);
		expect(head.querySelector('探访')).toBeNull();
	});

	it("draws each case's and brief's own title, kind and organisations (each named once) on its card", () => {
		const cases = collections.find((collection) => collection.name === 'cases')!;
		const built = PNG.sync.read(readFileSync(builtFile('/og/cases/case-three.png')));
		const title = MESSY_CASE.match(/^title: (.*)$/m)![1];
		const expected: ShareCard = { title, kind: cases.labelSingular, organisations: ['乙支持中心', '甲中心'], siteName };
		const drawn = (card: ShareCard) => PNG.sync.read(renderShareCard(card));
		// Glyphs are rasterised in batches, at other places on a sheet: edges may differ by a shade.
		expect(differingPixels(built, drawn(expected))).toBeLessThan(20);
		expect(differingPixels(built, drawn({ ...expected, title: `${title}（另一版）` }))).toBeGreaterThan(1000);
		expect(differingPixels(built, drawn({ ...expected, organisations: ['乙支持中心'] }))).toBeGreaterThan(300);
		const cards = ['/og/cases/case-one.png', '/og/cases/case-two.png', '/og/briefs/brief-one.png', '/og/section/cases.png'].map((url) => readFileSync(builtFile(url)));
		expect(new Set([readFileSync(builtFile('/og/cases/case-three.png')), ...cards].map((card) => card.toString('base64'))).size).toBe(cards.length + 1);
	});

	it('uses the page text when a page gives no description', () => {
		const description = dom(site.html('/privacy/')).querySelector('meta[name="description"]')!.getAttribute('content');
		expect(description).toBe('关于本站。');
	});

	it("computes the references, QR codes and cards on the build's worker thread, beside the pages", () => {
		// The worker's values equal the page's own (tests/unit/build-aside.test.ts); here: a build really starts it and it does the work.
		const line = /辅助线程算出：引用 (\d+) 条，二维码 (\d+) 个，新建文件字数 (\d+) 个，新画分享图 (\d+) 张/.exec(site.stdout);
		expect(line, site.stdout.slice(-2000)).not.toBeNull();
		const [references, codes, lengths, cards] = line!.slice(1).map(Number);
		expect(references).toBe([...files(join(site.outDir, 'cite'), '.bib')].length);
		expect(codes).toBe(pages().filter((url) => site.html(url).includes('data-print-qr=')).length);
		expect(codes).toBeGreaterThan(3);
		expect(lengths).toBeGreaterThan(0);
		// A fresh cache: the worker drew every card the build wrote.
		expect(cards).toBe([...files(join(site.outDir, 'og'), '.png')].length);
	});

	it('serves the favicon Starlight links and a 180×180 touch icon', () => {
		const head = dom(site.html('/cases/')).querySelector('head')!;
		expect(head.querySelector('link[rel~="icon"]')?.getAttribute('href')).toBe('/favicon.svg');
		expect(readFileSync(join(site.outDir, 'favicon.svg'), 'utf-8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(head.querySelector('link[rel="apple-touch-icon"]')?.getAttribute('href')).toBe('/apple-touch-icon.png');
		expect(pngSize(join(site.outDir, 'apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
	});
});

interface XmlNode {
	name: string;
	attributes: Record<string, string>;
	children: XmlNode[];
	text: string;
}

/** A strict XML parse: any well-formedness error throws. */
function parseXml(xml: string): XmlNode {
	const parser = sax.parser(true, { xmlns: false });
	const root: XmlNode = { name: '#document', attributes: {}, children: [], text: '' };
	const stack = [root];
	parser.onopentag = (tag) => {
		const node = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
		stack.at(-1)!.children.push(node);
		stack.push(node);
	};
	parser.onclosetag = () => void stack.pop();
	parser.ontext = (text) => void (stack.at(-1)!.text += text);
	parser.onerror = (error) => {
		throw error;
	};
	parser.write(xml).close();
	return root.children[0];
}

const child = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Problems with an Atom 1.0 feed's required elements (RFC 4287 §4.1). */
function atomProblems(feed: XmlNode): string[] {
	const problems: string[] = [];
	if (feed.name !== 'feed' || feed.attributes.xmlns !== 'http://www.w3.org/2005/Atom') problems.push('root is not an Atom feed');
	for (const name of ['id', 'title', 'updated']) if (child(feed, name).length !== 1 || !child(feed, name)[0].text.trim()) problems.push(`feed ${name}`);
	if (!RFC3339.test(child(feed, 'updated')[0]?.text ?? '')) problems.push('feed updated is not RFC 3339');
	if (!child(feed, 'link').some((link) => link.attributes.rel === 'self')) problems.push('no self link');
	const entries = child(feed, 'entry');
	if (!entries.length) problems.push('no entries');
	entries.forEach((entry, index) => {
		for (const name of ['id', 'title', 'updated']) if (child(entry, name).length !== 1 || !child(entry, name)[0].text.trim()) problems.push(`entry ${index} ${name}`);
		if (!RFC3339.test(child(entry, 'updated')[0]?.text ?? '')) problems.push(`entry ${index} updated is not RFC 3339`);
		if (!child(entry, 'link')[0]?.attributes.href) problems.push(`entry ${index} link`);
		if (!child(entry, 'author').length && !child(feed, 'author').length) problems.push(`entry ${index} author`);
	});
	return problems;
}

describe('feeds', () => {
	const feedUrls = () => [...files(join(site.outDir, 'feeds'), '.xml')].map((file) => `/${relative(site.outDir, file)}`);
	const feed = (url: string) => parseXml(readFileSync(join(site.outDir, url), 'utf-8'));

	it('builds a feed per organisation, guide chapter, case population and brief status', () => {
		expect(feedUrls().sort()).toEqual(
			[
				'/feeds/orgs/org-a.xml',
				'/feeds/orgs/org-b.xml',
				'/feeds/guide/intro.xml',
				'/feeds/guide/visit.xml',
				'/feeds/guide/privacy.xml',
				'/feeds/guide/old-only.xml',
				'/feeds/population/高龄老人-80.xml',
				'/feeds/population/社区社会组织.xml',
				'/feeds/briefs/已提交.xml',
			].sort(),
		);
	});

	it('every feed, and the site-wide one, is well-formed Atom with the required elements and RFC 3339 dates', () => {
		for (const url of [...feedUrls(), '/updates.xml']) expect({ url, problems: atomProblems(feed(url)) }).toEqual({ url, problems: [] });
	});

	it('entries link to built pages and carry the date of the last commit that touched them', () => {
		const population = feed('/feeds/population/高龄老人-80.xml');
		const entries = child(population, 'entry').map((entry) => ({
			link: child(entry, 'link')[0].attributes.href,
			updated: child(entry, 'updated')[0].text,
			authors: child(entry, 'author').map((author) => child(author, 'name')[0].text),
		}));
		expect(entries).toEqual([
			{ link: 'https://gongjian.example.org/cases/case-three/', updated: '2024-03-01T01:30:00.000Z', authors: ['乙支持中心', '甲中心'] },
			{ link: 'https://gongjian.example.org/cases/case-one/', updated: '2024-01-10T04:00:00.000Z', authors: ['甲中心', '乙支持中心'] },
		]);
		expect(child(population, 'updated')[0].text).toBe('2024-03-01T01:30:00.000Z');
		for (const url of feedUrls()) {
			for (const entry of child(feed(url), 'entry')) expect(site.exists(new URL(child(entry, 'link')[0].attributes.href).pathname)).toBe(true);
		}
	});

	it('an organisation follows everything it is credited on', () => {
		const links = child(feed('/feeds/orgs/org-a.xml'), 'entry').map((entry) => new URL(child(entry, 'link')[0].attributes.href).pathname);
		expect(links).toEqual(expect.arrayContaining(['/orgs/org-a/', '/cases/case-one/', '/cases/case-three/']));
		expect(links).not.toContain('/cases/case-two/');
	});

	it('each feed is announced with rel="alternate" by its pages, and every page announces the site-wide feed', () => {
		const alternates = (url: string) =>
			[...dom(site.html(url)).querySelectorAll('head link[rel="alternate"][type="application/atom+xml"]')].map((link) => link.getAttribute('href'));
		expect(alternates('/orgs/org-a/')).toEqual(['/updates.xml', '/feeds/orgs/org-a.xml']);
		expect(alternates('/guide/intro/')).toEqual(['/updates.xml', '/feeds/guide/intro.xml']);
		expect(alternates('/guide/2024/intro/')).toEqual(['/updates.xml', '/feeds/guide/intro.xml']);
		expect(alternates('/cases/population/高龄老人-80/')).toEqual(['/updates.xml', '/feeds/population/高龄老人-80.xml']);
		expect(alternates('/briefs/status/已提交/')).toEqual(['/updates.xml', '/feeds/briefs/已提交.xml']);
		expect(alternates('/briefs/')).toEqual(['/updates.xml', '/feeds/briefs/已提交.xml']);
		for (const url of pages()) expect(alternates(url)[0], url).toBe('/updates.xml');
	});

	it('/updates/ lists every feed', () => {
		const listed = [...dom(site.html('/updates/')).querySelectorAll('.gj-feed-list a')].map((a) => decodeURIComponent(a.getAttribute('href')!));
		expect(listed.sort()).toEqual(feedUrls().sort());
	});
});
