/**
 * The one-line note under a guide section heading, from its observed authorship. It is left out
 * where it would tell the reader nothing: a section whose text is all imported starter material is
 * credited once, in the page header (初始内容（整理自：…）), not under every heading.
 */
import type { Element, ElementContent } from 'hast';
import type { SectionAuthorship } from './sections';

export function sectionNote(section: SectionAuthorship, orgNames: Map<string, string>, orgUrl: (id: string) => string): Element | undefined {
	if (!section.orgs.length && !section.unknownEditors && !section.unknownHistory) return undefined;
	const text = (value: string): ElementContent => ({ type: 'text', value });
	const link = (id: string): Element => ({ type: 'element', tagName: 'a', properties: { href: orgUrl(id), dataOrg: id }, children: [text(orgNames.get(id) ?? id)] });
	const names: ElementContent[][] = section.orgs.map((id) => [link(id)]);
	if (section.unknownEditors) names.push([{ type: 'text', value: '未登记的编辑' }]);
	const who: ElementContent[] = names.length ? [{ type: 'text', value: '本节现行文字的撰写者：' }, ...names.flatMap((name, i) => (i ? [{ type: 'text', value: '、' } as ElementContent, ...name] : name))] : [{ type: 'text', value: '本节现行文字的撰写者无法确定' }];
	const rest = section.imported && names.length ? '，其余为初始内容' : '';
	const caveat = section.unknownHistory ? '；部分文字的作者不可知（未提交或早于本地历史）' : '';
	return { type: 'element', tagName: 'p', properties: { className: ['gj-section-credit'], dataSectionCredit: true }, children: [...who, text(`（据修订记录${rest}${caveat}）`)] };
}
