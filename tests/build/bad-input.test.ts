/**
 * Bad content stops the build with one message naming the file, the field and what is allowed,
 * and no stack trace around it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteExpectingFailure, copyFixture } from '../helpers/site-build';

function breakFile(path: string, from: string, to: string) {
	const root = copyFixture('basic');
	const file = join(root, path);
	writeFileSync(file, readFileSync(file, 'utf-8').replace(from, to));
	return root;
}

describe('a build with bad content', () => {
	it('stops on an unknown organisation id, naming file, field and id', async () => {
		const output = await buildSiteExpectingFailure(breakFile('cases/case-two.md', 'org: org-b', 'org: org-x'));
		expect(output).toContain('cases/case-two.md → 机构（credits[0].org）：找不到标识为“org-x”的机构名录条目');
		expect(output).toContain('构建已停止');
		expect(output).not.toMatch(/Stack trace|\n\s+at /);
	});

	it('stops on a value outside a taxonomy, listing the allowed values', async () => {
		const output = await buildSiteExpectingFailure(breakFile('cases/case-one.md', '  - 入户探访\n', '  - 上门\n'));
		expect(output).toContain('cases/case-one.md → 服务方法（methods[0]）：“上门”不是允许的取值。允许的取值：入户探访、个案工作、');
		// The check runs beside the content sync, whose loader meets the file first: the check's
		// report is the only message about it (the loader's warning would have named it again).
		expect(output.split('cases/case-one.md').length - 1).toBe(1);
		expect(output).not.toMatch(/Stack trace|\n\s+at /);
	});

	it('stops on a duplicate slug, naming both files', async () => {
		const root = copyFixture('basic');
		writeFileSync(join(root, 'briefs/brief-copy.md'), readFileSync(join(root, 'briefs/brief-one.md'), 'utf-8'));
		const output = await buildSiteExpectingFailure(root);
		expect(output).toMatch(/briefs\/brief-one\.md → slug：标识“brief-one”与 briefs\/brief-copy\.md 重复|briefs\/brief-copy\.md → slug：标识“brief-one”与 briefs\/brief-one\.md 重复/);
	});

	it('stops on invalid frontmatter', async () => {
		const output = await buildSiteExpectingFailure(breakFile('events/event-one.md', 'date: 2024-10', 'date: 去年十月'));
		expect(output).toContain('events/event-one.md → 日期（date）：格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD');
	});
});

describe('a build with input that used to slip through', () => {
	it('stops on a vertical tab pasted from Word, naming line and column, without a stack trace', async () => {
		const output = await buildSiteExpectingFailure(breakFile('cases/case-one.md', 'title: 甲中心的高龄老人探访', 'title: 甲中心的\u000b高龄老人探访'));
		expect(output).toContain('cases/case-one.md：第 3 行第 12 列有看不见的垂直制表符（U+000B），通常是从 Word 或网页粘贴带来的。请删除它');
		expect(output).not.toMatch(/Stack trace|\n\s+at /);
	});

	it('refuses a draft whose name starts with _ instead of publishing it', async () => {
		const root = copyFixture('basic');
		writeFileSync(join(root, 'cases/_draft.md'), readFileSync(join(root, 'cases/case-one.md'), 'utf-8').replace('slug: case-one', 'slug: case-draft'));
		const output = await buildSiteExpectingFailure(root);
		expect(output).toContain('cases/_draft.md：以下划线开头的文件或文件夹不是草稿，也会被读取。');
	});

	it('stops on a misspelled field, suggesting the right one, instead of dropping its value', async () => {
		const output = await buildSiteExpectingFailure(breakFile('cases/case-one.md', 'district: 北京市朝阳区', 'district: 北京市朝阳区\nlocalty: 石佛营东里社区'));
		expect(output).toContain('cases/case-one.md → localty：不认识的字段“localty”，它的内容不会显示。是不是“locality（街道/社区）”？请改正字段名');
	});
});
