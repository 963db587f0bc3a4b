/**
 * The one-line note under a guide section heading, from its observed authorship. It is left out
 * where it would tell the reader nothing: a section whose text is all imported starter material is
 * credited once, in the page header (初始内容（整理自：…）), not under every heading.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { SectionAuthorship } from './sections';

export function sectionNote(section: SectionAuthorship, orgNames: Map<string, string>, orgUrl: (id: string) => string): Element | undefined {
	if (!section.orgs.length && !section.unknownEditors && !section.unknownHistory) return undefined;
	const names: ElementContent[][] = section.orgs.map((id) => [h('a', { href: orgUrl(id), dataOrg: id }, orgNames.get(id) ?? id)]);
	if (section.unknownEditors) names.push([{ type: 'text', value: '未登记的编辑' }]);
	const who: ElementContent[] = names.length ? [{ type: 'text', value: '本节现行文字的撰写者：' }, ...names.flatMap((name, i) => (i ? [{ type: 'text', value: '、' } as ElementContent, ...name] : name))] : [{ type: 'text', value: '本节现行文字的撰写者无法确定' }];
	const rest = section.imported && names.length ? '，其余为初始内容' : '';
	const caveat = section.unknownHistory ? '；部分文字的作者不可知（未提交或早于本地历史）' : '';
	return h('p', { className: ['gj-section-credit'], dataSectionCredit: true }, [...who, { type: 'text', value: `（据修订记录${rest}${caveat}）` }]);
}
