/** The banner on every page of a guide edition that is not the current one. */
import { escapeHtml } from '../html/escape-html';
import { routes } from '../routes';
import type { GuideEditionView } from '../model/types';

export function editionBanner(edition: GuideEditionView, current: GuideEditionView, sectionId?: string): string | undefined {
	if (edition.current) return undefined;
	const hasSection = sectionId && current.sections.some((s) => s.data.section_id === sectionId);
	const target = hasSection ? routes.guideSection(current.slug, sectionId, true) : routes.guide();
	// Starlight's banner is HTML; the edition titles come from content (guide/editions.yaml).
	return `这是《老年人入户工作指引》${escapeHtml(edition.title)}，<strong>不是现行版本</strong>。现行版本为 ${escapeHtml(current.title)}：<a href="${escapeHtml(target)}">查看现行版本</a>。`;
}
