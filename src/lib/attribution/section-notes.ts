/** The one-line note shown under each guide section heading, from its observed authorship. */
import type { SectionAuthorship } from './sections';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sectionNote(section: SectionAuthorship, orgNames: Map<string, string>, orgUrl: (id: string) => string): string {
	const names = section.orgs.map((id) => `<a href="${orgUrl(id)}" data-org="${id}">${escapeHtml(orgNames.get(id) ?? id)}</a>`);
	if (section.unknownEditors) names.push('未登记的编辑');
	const who = names.length ? `本节现行文字的撰写者：${names.join('、')}` : '本节现行文字的撰写者无法确定';
	const caveat = section.unknownHistory ? '；部分文字的作者不可知（未提交或早于本地历史）' : '';
	return `<p class="gj-section-credit" data-section-credit>${who}（据修订记录${caveat}）</p>`;
}
