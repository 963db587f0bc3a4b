/** The learning path: modules in order, each with its sessions in order. */
import { routes } from '../routes';
import type { SiteModel } from '../model/types';
import type { SidebarItem } from './types';

export function curriculumSidebar(site: Pick<SiteModel, 'modules' | 'sessions'>): SidebarItem[] {
	return [
		{ label: '学习路径总览', link: routes.learn() },
		...site.modules.map((module) => ({
			label: `${module.data.order}. ${module.data.title}`,
			items: [
				{ label: '模块介绍', link: routes.module(module.id) },
				...site.sessions
					.filter((session) => session.data.module === module.id)
					.map((session) => ({ label: session.data.title, link: routes.session(module.id, session.id) })),
			],
		})),
	];
}
