/**
 * The site-wide sidebar: one link per area, never one per entry, so that every page's HTML stays
 * the same size however many cases or briefs there are. The guide and the curriculum pass their
 * own sidebars (see guide-sidebar.ts, curriculum-sidebar.ts).
 */
import { routes } from '../routes';

export const globalSidebar = [
	{ label: '首页', link: routes.home() },
	{ label: '入户工作指引', link: routes.guide() },
	{ label: '新同事入门', link: routes.learn() },
	{ label: '案例库', link: routes.cases() },
	{ label: '政策建议', link: routes.briefs() },
	{ label: '工具模板', link: routes.tools() },
	{ label: '网络活动', link: routes.events() },
	{ label: '机构名录', link: routes.organisations() },
	{ label: '术语表', link: routes.glossary() },
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
