/** 网络活动: one Markdown file per meeting in content/events/. No scores, by design. */
import { z } from 'astro/zod';
import { choice, partialDate, integer, lines, markdown, refs, slug, text } from './fields';
import { credits, provenance } from './shared';
import { eventTypes } from './taxonomies';

export const eventSchema = z.strictObject({
	slug: slug({ label: '标识', hint: '活动的英文标识，也是网址，例如 2024-10-policy-dialogue' }),
	title: text({ label: '活动名称', hint: '例如 2024年敬老月政策面对面' }),
	summary: text({ label: '一句话概要', hint: '这次活动做了什么' }),
	event_type: choice(eventTypes, { label: '活动类型', hint: '按活动形式选择' }),
	date: partialDate({ label: '日期', hint: '活动日期；只知道年或年月时就只写年或年月，例如 2024-10' }),
	location: text({ label: '地点', hint: '例如 北京；可不填' }).optional(),
	participants: refs('organisations', { label: '参与机构', hint: '名录中的参与机构；可不选' }).default([]),
	participant_count: integer({ label: '参与机构数', hint: '包括名录外的机构；不详可不填' }, { min: 1 }).optional(),
	topics: lines({ label: '议题', hint: '讨论的议题，每行一个' }).default([]),
	output_briefs: refs('briefs', { label: '产出的政策建议', hint: '可不选' }).default([]),
	output_cases: refs('cases', { label: '相关案例', hint: '可不选' }).default([]),
	output_guide_sections: refs('guide', { label: '相关指引章节', hint: '可不选' }).default([]),
	credits,
	...provenance,
});

export const eventBody = markdown({ label: '活动纪要', hint: '过程和结论（Markdown）' });

export type NetworkEvent = z.output<typeof eventSchema>;
