/** 案例集: one Markdown file per case in content/cases/. */
import { z } from 'astro/zod';
import { choice, choices, flag, group, lines, markdown, paragraphs, rows, slug, text, yearMonth } from './fields';
import { credits, provenance } from './shared';
import { caseKinds, communityTypes, consents, districts, fundingModes, methods, populations, projectTypes, serviceNeeds } from './taxonomies';

export const caseSchema = z.strictObject({
	slug: slug({ label: '标识', hint: '案例的英文标识，也是文件名和网址，例如 ronglerongle-guardianship' }),
	title: text({ label: '案例标题', hint: '一句话说清是谁、做了什么' }),
	summary: text({ label: '一句话摘要', hint: '出现在案例卡片上，五十字以内为宜' }),
	case_kind: choice(caseKinds, { label: '案例类型', hint: '项目案例、个人故事、机构变化、模式/地区经验或政策推动' }),
	credits,
	district: choice(districts, { label: '地区', hint: '案例发生的城市或城区' }),
	locality: text({ label: '街道/社区', hint: '例如 东风地区石佛营东里社区；不详可不填' }).optional(),
	community_type: choice(communityTypes, { label: '社区类型', hint: '不详可不选' }).optional(),
	period: group(
		{
			start: yearMonth({ label: '开始', hint: '年份或年月，例如 2013 或 2013-07；不能晚于今天' }, { past: true }),
			end: yearMonth({ label: '结束', hint: '仍在进行可不填；不能晚于今天' }, { past: true }).optional(),
		},
		{ label: '时间', hint: '服务或项目进行的时间' },
	),
	populations: choices(populations, { label: '服务人群', hint: '至少选一项' }, { min: 1 }),
	service_needs: choices(serviceNeeds, { label: '需求领域', hint: '可多选；可不选' }).default([]),
	methods: choices(methods, { label: '服务方法', hint: '至少选一项' }, { min: 1 }),
	project_type: choice(projectTypes, { label: '项目类型', hint: '不适用可不选' }).optional(),
	funding_mode: choice(fundingModes, { label: '资金来源', hint: '不详可不选' }).optional(),
	service_team: text({ label: '服务团队', hint: '例如 社区社会组织 + 对接社工；可不填' }).optional(),
	social_worker: text({ label: '对接社工', hint: '只写化名或职务，例如 主责社工（化名小夏）；可不填' }).optional(),
	background: paragraphs({ label: '背景', hint: '服务对象和社区的情况，为什么要做' }),
	needs_assessment: paragraphs({ label: '需求评估', hint: '怎样了解需求，发现了哪些需求' }),
	intervention: paragraphs({ label: '介入过程', hint: '做了什么，怎样做的' }),
	outcomes: paragraphs({ label: '成效', hint: '带来了哪些变化；有数字写数字' }),
	outcome_figures: rows(
		{
			metric: text({ label: '指标', hint: '例如 直接服务人数' }),
			value: text({ label: '数值', hint: '例如 3037 人' }),
		},
		{ label: '成效数字', hint: '可核对的数字，每行一个；可不填' },
	).default([]),
	difficulties_reflection: paragraphs({
		label: '困难与反思',
		hint: '遇到的困难、没做好的地方和学到的东西；这是案例的正常部分，不评分',
	}),
	highlights: lines({ label: '项目亮点', hint: '每行一条；可不填' }).default([]),
	before_after: rows(
		{
			dimension: text({ label: '方面', hint: '例如 理念、方法、参与度' }),
			before: text({ label: '原来', hint: '介入前的情况' }),
			after: text({ label: '现在', hint: '介入后的情况' }),
		},
		{ label: '原来与现在', hint: '对比介入前后的变化，每个方面一行；可不填' },
	).default([]),
	quotes: rows(
		{
			speaker_role: text({ label: '说话人', hint: '只写身份，例如 社区居民骨干' }),
			text: text({ label: '原话', hint: '引用的原话' }),
		},
		{ label: '原话引用', hint: '服务对象或参与者的原话，只写身份不写真名；可不填' },
	).default([]),
	pseudonymised: flag(
		{
			label: '服务对象已化名',
			hint: '确认文中服务对象的姓名均为化名、没有电话和证件号；必须勾选才能发布',
		},
		{ mustBe: { value: true, message: '必须确认服务对象已化名（勾选“服务对象已化名”）' } },
	),
	consent: choice(consents, { label: '知情同意', hint: '服务对象对写入案例的同意情况' }),
	photo_consent: flag({
		label: '照片已获本人同意',
		hint: '案例中有服务对象的照片时必须勾选：照片中的人已书面同意公开；没有照片不用勾选',
	}).optional(),
	// Kept apart from the narrative so a case reads as a case, not as an audit of its source.
	source_notes: paragraphs({
		label: '资料说明',
		hint: '资料没有记载或说法不一的地方集中写在这里（例如 资料没有给出服务人数）；可不填',
	}).optional(),
	...provenance,
});

export const caseBody = markdown({ label: '补充说明', hint: '案例的补充叙述（Markdown）；可不填' }).optional();

export type Case = z.output<typeof caseSchema>;
