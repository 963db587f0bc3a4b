/**
 * Fields every content collection shares: who is credited, where the facts come from and whether
 * the entry is illustrative (示例).
 */
import { choice, flag, lines, ref, rows, text } from './fields';
import { creditRoles } from './taxonomies';

/**
 * 个人信息例外：the personal-data check reports a text listed here no more, in this entry only.
 * Each row is one reviewed finding with the reason, visible in the file and in review; there is
 * no switch that turns the check off.
 */
export function privacyExceptions() {
	return rows(
		{
			text: text({ label: '原文', hint: '被误报的文字，与正文中写的完全一致，例如 和平路25号' }),
			reason: text({ label: '审阅说明', hint: '为什么可以公开，由谁审阅，例如 机构公开办公地址，协作者审阅' }),
		},
		{ label: '个人信息例外', hint: '内容检查误报的个人信息，经审阅可公开时逐条列出；一般不填' },
	).optional();
}

/** 署名：至少一家机构，每家一个角色。 */
export const credits = rows(
	{
		org: ref('organisations', { label: '机构', hint: '从机构名录中选择' }),
		role: choice(creditRoles, { label: '角色', hint: '主笔、共同撰写、审阅或案例提供' }),
	},
	{ label: '署名机构', hint: '写作、审阅或提供案例的机构，每家选一个角色；至少一家' },
	{ min: 1 },
);

/** 来源与示例标记：事实从哪里来，哪些内容是示例。 */
export const provenance = {
	source: text({
		label: '来源',
		hint: '事实出处，例如“资料[003]：民政部2015年度课题报告”；成员原创写“成员机构撰写”',
	}),
	illustrative: flag({
		label: '示例内容',
		hint: '勾选表示本条含有资料未支持的示例性内容，页面会标注“示例”；默认不勾选',
	}).default(false),
	privacy_exceptions: privacyExceptions(),
};

/** Keywords for search and related links. */
export const tags = lines({ label: '关键词', hint: '便于检索的关键词，每行一个；可不填' }).default([]);
