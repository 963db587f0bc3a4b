/**
 * Each personal-data rule on the labelled snippets (positives in the forms people write, and
 * near-misses), the field and line named in the content check, the reviewed exception, photos in
 * cases, and the CMS refusing to save each finding with the field named.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../src/lib/content/personal-data';
import { labelledSnippets } from '../../src/lib/content/personal-data/labelled-snippets';
import { isResidentId } from '../../src/lib/content/personal-data/id-numbers';
import { passesLuhn } from '../../src/lib/content/personal-data/bank-cards';
import { checkFiles, type ContentText } from '../../src/lib/content/check-files';
import { problemsBeforeSaving } from '../../src/lib/cms/save-problems';
import { getCollectionDefinition, type CollectionName } from '../../src/schemas';

describe('personal-data rules', () => {
	it.each(labelledSnippets.filter((s) => s.expect !== 'none').map((s) => [s.expect, s.text] as const))('%s found in “%s”', (rule, text) => {
		expect(findPersonalData(text).map((f) => f.rule)).toContain(rule);
	});

	it.each(labelledSnippets.filter((s) => s.expect === 'none').map((s) => [s.near, s.text] as const))('near-miss of %s left alone: “%s”', (_, text) => {
		expect(findPersonalData(text)).toEqual([]);
	});

	it('verifies the ID check character and the birth date', () => {
		expect(isResidentId('11010519491231002X')).toBe(true);
		expect(isResidentId('110105194912310021')).toBe(false);
		expect(isResidentId('110105194913310028')).toBe(false);
	});

	it('verifies bank cards with Luhn', () => {
		expect(passesLuhn('4111111111111111')).toBe(true);
		expect(passesLuhn('4111111111111112')).toBe(false);
	});

	it('never repeats the number it found in its message', () => {
		for (const finding of findPersonalData('电话13812345678，身份证11010519491231002X，卡号6228480402564890018')) {
			expect(finding.message).not.toMatch(/13812345678|11010519491231002X|6228480402564890018/);
		}
	});

	it('public contact fields may carry an organisation landline and mailbox, never a mobile', () => {
		expect(findPersonalData('010-65432100，info@xiezuozhe.org', { privacy: 'public-contact' })).toEqual([]);
		expect(findPersonalData('13812345678', { privacy: 'public-contact' }).map((f) => f.rule)).toEqual(['mobile']);
	});
});

const org = `slug: org-a
name: 甲机构
org_type: 社会工作服务机构
network_roles: [伙伴机构]
district: 北京市朝阳区
description: 简介
source: 成员机构撰写
`;

function caseFile(fields: string, body = ''): string {
	return `---
slug: case-x
title: 一个案例
summary: 摘要
case_kind: 项目案例
credits:
  - org: org-a
    role: 主笔
district: 北京市朝阳区
period:
  start: "2020"
populations: [高龄老人(80+)]
methods: [个案工作]
background: |-
  第一行背景。
  ${fields}
needs_assessment: 评估
intervention: 介入
outcomes: 成效
difficulties_reflection: 反思
pseudonymised: true
consent: 已取得书面同意
source: 成员机构撰写
---
${body}`;
}

const file = (name: CollectionName, relativePath: string, text: string): ContentText => ({
	file: { path: relativePath, relativePath, collection: getCollectionDefinition(name) },
	text,
});

const problemsOf = (...files: ContentText[]) => checkFiles([file('organisations', 'organisations/org-a.yaml', org), ...files]).problems;

describe('content check names the field and the line', () => {
	it('a phone in the second line of a case background', () => {
		const problems = problemsOf(file('cases', 'cases/case-x.md', caseFile('家属电话 +86 138 1234 5678。')));
		expect(problems).toEqual([
			expect.objectContaining({ file: 'cases/case-x.md', field: '背景（background）第 16 行', message: expect.stringContaining('疑似手机号码“138****5678”') }),
		]);
	});

	it('a name in the Markdown body, with the file line', () => {
		const problems = problemsOf(file('cases', 'cases/case-x.md', caseFile('无。', '\n补充：\n\n王秀英老人独居。\n')));
		expect(problems).toEqual([expect.objectContaining({ field: '补充说明（body）第 28 行', message: expect.stringContaining('疑似服务对象真名') })]);
	});

	it('collections that were not checked before: organisation contact, glossary, pages, tools', () => {
		const orgWithMobile = org.replace('description: 简介', 'description: 简介\nreferral_contact: 负责人手机 13812345678');
		const glossary = `credits:\n  - org: org-a\n    role: 主笔\nterms:\n  - term: 三社联动\n    definition: 联系人邮箱 zhang.wei@163.com\n    source: 通用释义\n`;
		const page = `---\nslug: about\ntitle: 关于\ncredits:\n  - org: org-a\n    role: 主笔\nsource: 成员机构撰写\n---\n联系电话 010-12345678\n`;
		const problems = checkFiles([
			file('organisations', 'organisations/org-a.yaml', orgWithMobile),
			file('glossary', 'glossary.yaml', glossary),
			file('docs', 'pages/about.md', page),
		]).problems;
		expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
			'organisations/org-a.yaml 转介联系方式（referral_contact）第 7 行',
			'glossary.yaml 释义（terms[0].definition）第 6 行',
			'pages/about.md 正文（body）第 9 行',
		]);
	});

	it('an organisation’s public landline and mailbox in its contact field, and its editors, are fine', () => {
		const open = org.replace('description: 简介', 'description: 简介\nreferral_contact: 010-65432100，info@xiezuozhe.org\neditors:\n  - zhang.wei@xiezuozhe.example');
		expect(checkFiles([file('organisations', 'organisations/org-a.yaml', open)]).problems).toEqual([]);
	});

	it('a reviewed exception clears exactly the finding it lists', () => {
		const excepted = caseFile('活动在和平路25号的社区服务站，楼下是王秀英老人家。').replace(
			'source: 成员机构撰写',
			'source: 成员机构撰写\nprivacy_exceptions:\n  - text: 和平路25号\n    reason: 社区服务站的公开地址，协作者审阅',
		);
		const problems = problemsOf(file('cases', 'cases/case-x.md', excepted));
		expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('疑似服务对象真名')]);
	});

	it('a photo in a case needs photo consent', () => {
		const withPhoto = caseFile('无。', '\n![活动](/files/cases/a.jpg)\n');
		expect(problemsOf(file('cases', 'cases/case-x.md', withPhoto))).toEqual([
			expect.objectContaining({ field: '补充说明（body）第 26 行', message: expect.stringContaining('photo_consent') }),
		]);
		expect(problemsOf(file('cases', 'cases/case-x.md', withPhoto.replace('consent: 已取得书面同意', 'consent: 已取得书面同意\nphoto_consent: true')))).toEqual([]);
	});
});

describe('the CMS refuses to save personal data, naming the field', () => {
	const stored = [file('organisations', 'organisations/org-a.yaml', org)];
	it.each([
		['mobile', '家属电话 138-1234-5678。', '疑似手机号码'],
		['landline', '家里座机 010-12345678。', '疑似固定电话'],
		['id-number', '身份证 110105 19491231 002X。', '疑似身份证号'],
		['bank-card', '卡号 6222 0212 3456 7894。', '疑似银行卡号'],
		['email', '女儿邮箱 wangli1975@qq.com。', '疑似个人电子邮箱'],
		['address', '住在和平里北街12号。', '疑似门牌地址'],
		['name', '王秀英老人独居。', '疑似服务对象真名'],
	])('%s', (_, line, message) => {
		const saved = { ...file('cases', 'cases/case-x.md', caseFile(line)), isNew: true };
		const problems = problemsBeforeSaving(stored, saved);
		expect(problems).toEqual([expect.objectContaining({ field: '背景（background）第 16 行', message: expect.stringContaining(message) })]);
	});
});
