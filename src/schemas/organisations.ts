/** 机构名录: one YAML file per organisation in content/organisations/. */
import { z } from 'astro/zod';
import { choice, choices, group, integer, lines, paragraphs, slug, text } from './fields';
import { provenance } from './shared';
import { districts, methods, networkRoles, orgTypes, populations } from './taxonomies';

export const organisationSchema = z.strictObject({
	slug: slug({ label: '标识', hint: '机构的英文标识，也是文件名和网址，例如 ronglerongle' }),
	name: text({ label: '机构名称', hint: '全称，例如 北京市协作者社会工作发展中心' }),
	short_name: text({ label: '简称', hint: '常用简称，例如 北京协作者；可不填' }).optional(),
	org_type: choice(orgTypes, { label: '机构类型', hint: '按登记或实际性质选择' }),
	network_roles: choices(networkRoles, { label: '网络角色', hint: '在为老服务行动网络中的角色，可多选' }, { min: 1 }),
	district: choice(districts, { label: '所在地区', hint: '机构主要服务的城市或城区' }),
	founded: integer({ label: '成立年份', hint: '四位年份；不详可不填' }, { min: 1900, max: 2100 }).optional(),
	communities_served: lines({ label: '服务社区', hint: '长期服务的社区，每行一个；可不填' }).default([]),
	populations: choices(populations, { label: '服务人群', hint: '主要服务对象，可多选' }).default([]),
	methods: choices(methods, { label: '服务方法', hint: '常用的工作方法，可多选' }).default([]),
	specialties: paragraphs({ label: '擅长领域', hint: '便于伙伴转介：最擅长处理哪类情况；可不填' }).optional(),
	referral_contact: text({ label: '转介联系方式', hint: '只填公开的机构电话或邮箱，不填个人手机；可不填', privacy: 'public-contact' }).optional(),
	description: paragraphs({ label: '机构简介', hint: '两三句话介绍机构' }),
	editors: lines({
		label: '编辑身份',
		hint: '本机构编辑的 git 邮箱或 GitHub/GitLab 用户名，每行一个；用于把修改记录归属到本机构，不在网站上公开',
		privacy: 'not-published',
	}).default([]),
	...provenance,
});

export type Organisation = z.output<typeof organisationSchema>;
