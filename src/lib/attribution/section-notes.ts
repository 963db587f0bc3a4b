/**
 * The one-line note under a guide section heading, from its observed authorship. It is left out
 * where it would tell the reader nothing: a section whose text is all imported starter material is
 * credited once, in the page header (初始内容（整理自：…）), not under every heading.
 */
import type { SectionAuthorship } from './sections';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sectionNote(section: SectionAuthorship, orgNames: Map<string, string>, orgUrl: (id: string) => string): string {
	if (!section.orgs.length && !section.unknownEditors && !section.unknownHistory) return '';
	const names = section.orgs.map((id) => `<a href="${escapeHtml(orgUrl(id))}" data-org="${escapeHtml(id)}">${escapeHtml(orgNames.get(id) ?? id)}</a>`);
	if (section.unknownEditors) names.push('未登记的编辑');
	const who = names.length ? `本节现行文字的撰写者：${names.join('、')}` : '本节现行文字的撰写者无法确定';
	const rest = section.imported && names.length ? '，其余为初始内容' : '';
	const caveat = section.unknownHistory ? '；部分文字的作者不可知（未提交或早于本地历史）' : '';
	return `<p class="gj-section-credit" data-section-credit>${who}（据修订记录${rest}${caveat}）</p>`;
}
