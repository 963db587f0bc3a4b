/**
 * Valid but unusual content that the check must accept as it is: what a real editor's machine
 * produces (CRLF, a byte-order mark, a Chinese file name) and links to every kind of page the site
 * builds, including those no content file declares (facets, brief statuses, print, changes, feed).
 */
import { facetSlug } from '../../src/lib/routes';
import { add, append, both, copy, read, replace, write, type Mutation } from './mutations';

export interface UnusualInput {
	name: string;
	mutate: Mutation;
}

const CASE = 'cases/case-one.md';

export const unusualInputs: UnusualInput[] = [
	{ name: 'CRLF line endings', mutate: (content) => write(content, CASE, read(content, CASE).replace(/\n/g, '\r\n')) },
	{ name: 'a UTF-8 byte-order mark', mutate: (content) => write(content, 'organisations/org-a.yaml', `\ufeff${read(content, 'organisations/org-a.yaml')}`) },
	{ name: 'a Chinese file name with a valid slug', mutate: copy(CASE, 'cases/案例三.md', ['slug: case-one', 'slug: case-three']) },
	{ name: 'a .gitkeep in an empty folder', mutate: add('events/archive/.gitkeep', '') },
	{
		name: 'links to facet, brief-status, print, changes, feed, history and download pages',
		mutate: append(
			CASE,
			[
				'',
				`[高龄老人案例](/cases/population/${facetSlug('高龄老人(80+)')}/)`,
				`[编码的地址](/cases/population/${encodeURIComponent(facetSlug('高龄老人(80+)'))}/)`,
				`[已提交的建议](/briefs/status/${facetSlug('已提交')}/)`,
				'[打印版](/guide/print/)、[2024 版打印](/guide/2024/print/)、[修订说明](/guide/changes/2024-2025/)',
				'[订阅](/updates.xml)、[修订记录](/history/cases/case-one/)、[模板](/files/tools/home-visit-record.docx)',
				'[小标题](/guide/visit/#进门之前)、[本页顶部](#_top)',
				'[相对链接](../case-two/)、[参考式][ref]、<https://example.org/>',
				'',
				'[ref]: /briefs/brief-one/',
				'',
			].join('\n'),
		),
	},
	{
		name: 'an older edition reopened in editions.yaml, then edited',
		mutate: both(
			replace('guide/editions.yaml', '    summary: 第一版。', '    summary: 第一版。\n    reopened: true'),
			replace('guide/2024/02-visit.md', /\n---\n([\s\S]*)$/, '\n---\n$1\n更正的一句。\n'),
		),
	},
];
