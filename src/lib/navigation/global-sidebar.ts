/**
 * The site-wide sidebar: one link per area, never one per entry, so that every page's HTML stays
 * the same size however many cases or briefs there are. The guide and the curriculum pass their
 * own sidebars (see guide-sidebar.ts, curriculum-sidebar.ts). Each collection's link is declared
 * in the registry (src/schemas/registry.ts); the pages that are not a collection's are listed here.
 */
import { allCollections } from '../../schemas';
import { routes } from '../routes';

const collectionLinks = allCollections
	.flatMap(({ sidebar }) => (sidebar ? [sidebar] : []))
	.sort((a, b) => a.position - b.position)
	.map(({ label, link }) => ({ label, link }));

export const globalSidebar = [
	{ label: '首页', link: routes.home() },
	...collectionLinks,
	{ label: '最近更新', link: routes.updates() },
	{ label: '搜索', link: routes.search() },
	{
		label: '关于',
		items: [
			{ label: '关于共建', link: routes.page('about') },
			{ label: '如何参与共建', link: routes.page('contribute') },
			{ label: '案例写作与隐私规范', link: routes.page('privacy') },
			{ label: '资料来源', link: routes.sources() },
		],
	},
];
