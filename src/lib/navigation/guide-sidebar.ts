/** The sidebar of a guide edition: its sections in order, and the edition's own pages. */
import { routes } from '../routes';
import type { GuideEditionView } from '../model/types';
import type { SidebarItem } from './types';

export function guideSidebar(edition: GuideEditionView): SidebarItem[] {
	return [
		{ label: `${edition.title}${edition.current ? '（现行）' : '（旧版）'}`, link: routes.guideEdition(edition.slug, edition.current) },
		...edition.sections.map((section) => ({
			label: `${section.data.section_no} ${section.data.title}`,
			link: routes.guideSection(edition.slug, section.data.section_id, edition.current),
		})),
		{
			label: '本版其他页面',
			// A fixed number of links, however many editions there are: the list of editions is a page.
			items: [
				{ label: '打印版（全部章节）', link: routes.guidePrint(edition.slug, edition.current) },
				{ label: '所有版本与修订说明', link: routes.guideEditions() },
			],
		},
	];
}

/** Previous and next within an edition: its front page, then the sections in order. */
export function guideNeighbours(edition: GuideEditionView, sectionId: string) {
	const links = [
		{ link: routes.guideEdition(edition.slug, edition.current), label: edition.title },
		...edition.sections.map((section) => ({
			link: routes.guideSection(edition.slug, section.data.section_id, edition.current),
			label: `${section.data.section_no} ${section.data.title}`,
		})),
	];
	const index = edition.sections.findIndex((section) => section.data.section_id === sectionId) + 1;
	return { prev: links[index - 1] ?? (false as const), next: links[index + 1] ?? (false as const) };
}
