/**
 * What the CMS refuses to save: the build's content checks, run over the stored content with the
 * entry replaced by what is about to be written — plus a taken id, a renamed id and MDX syntax.
 * Problems other files already had do not stop an unrelated save.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ContentText } from '../../src/lib/content/check-files';
import { listContentFiles } from '../../src/lib/content/files';
import { parseLikeCms, serialiseLikeCms } from '../../src/lib/cms/serialise';
import { problemsBeforeSaving } from '../../src/lib/cms/save-problems';
import { findMdxSyntax } from '../../src/lib/cms/mdx-syntax';
import { projectRoot } from '../helpers/site-build';

const stored: ContentText[] = listContentFiles(join(projectRoot, 'tests/fixtures/basic/content')).map((file) => ({ file, text: readFileSync(file.path, 'utf-8') }));
const caseOne = stored.find((entry) => entry.file.relativePath === 'cases/case-one.md')!;
const caseSchema = caseOne.file.collection.schema;

type Data = Record<string, unknown>;

/** case-one as the CMS would write it after `change`, optionally as a new entry at another path. */
function caseOneWith(change: (data: Data) => Data, { isNew = false, as = 'case-one' } = {}) {
	const text = serialiseLikeCms(change(parseLikeCms(caseOne.text, 'md')), 'md', caseSchema);
	const relativePath = `cases/${as}.md`;
	return { file: { ...caseOne.file, path: relativePath, relativePath }, text, isNew };
}

const messages = (problems: { message: string }[]) => problems.map((problem) => problem.message);

describe('problems before saving', () => {
	it('lets an unchanged or harmless edit through', () => {
		expect(problemsBeforeSaving(stored, caseOneWith((data) => data))).toEqual([]);
		expect(problemsBeforeSaving(stored, caseOneWith((data) => ({ ...data, summary: '新的摘要' })))).toEqual([]);
		expect(problemsBeforeSaving(stored, caseOneWith((data) => ({ ...data, slug: 'case-three' }), { isNew: true, as: 'case-three' }))).toEqual([]);
	});

	it('refuses what the schema refuses, with the field named in Chinese', () => {
		const [problem] = problemsBeforeSaving(stored, caseOneWith((data) => ({ ...data, pseudonymised: false })));
		expect(problem).toMatchObject({ file: 'cases/case-one.md', field: '服务对象已化名（pseudonymised）', message: '必须确认服务对象已化名（勾选“服务对象已化名”）（该条目被 4 个条目引用，修好之前这些引用都无法显示）' });
	});

	it('refuses an organisation that does not exist', () => {
		const problems = problemsBeforeSaving(stored, caseOneWith((data) => ({ ...data, credits: [{ org: 'nobody', role: '主笔' }] })));
		expect(messages(problems)).toEqual(['找不到标识为“nobody”的机构名录条目。请从已有条目中选择，或先创建该条目']);
	});

	it('refuses a new entry whose id is taken, instead of letting Decap save it as case-two-1', () => {
		const problems = problemsBeforeSaving(stored, caseOneWith((data) => ({ ...data, slug: 'case-two' }), { isNew: true, as: 'case-two' }));
		expect(messages(problems)).toEqual(['标识“case-two”已被 cases/case-two.md 使用。同一类内容的标识必须唯一，请换一个']);
	});

	it('refuses renaming an existing entry, which would break what points at it', () => {
		const problems = problemsBeforeSaving(stored, caseOneWith((data) => ({ ...data, slug: 'case-renamed' })));
		expect(messages(problems)[0]).toContain('已有条目的标识不能修改（原为“case-one”）');
		// The brief, session and guide section citing case-one would now point at nothing.
		expect(problems.filter((problem) => problem.message.includes('找不到标识为“case-one”')).length).toBeGreaterThan(0);
	});

	it('refuses personal data and MDX in the text', () => {
		const phone = problemsBeforeSaving(stored, caseOneWith((data) => ({ ...data, background: '联系电话 13912345678' })));
		expect(messages(phone)[0]).toContain('疑似手机号码“139****5678”');
		const mdx = problemsBeforeSaving(stored, caseOneWith((data) => ({ ...data, body: "import { Aside } from '@astrojs/starlight/components';\n\n<Aside>注意</Aside>\n" })));
		expect(mdx.map((problem) => problem.field)).toEqual(['正文', '正文']);
	});

	it('does not hold this save responsible for what other files already got wrong', () => {
		const caseTwo = stored.find((entry) => entry.file.relativePath === 'cases/case-two.md')!;
		const broken = { ...caseTwo, text: caseTwo.text.replace(/org: org-\w+/, 'org: nobody') };
		const withBroken = stored.map((entry) => (entry === caseTwo ? broken : entry));
		expect(broken.text).not.toBe(caseTwo.text);
		expect(problemsBeforeSaving(withBroken, caseOneWith((data) => ({ ...data, summary: '新的摘要' })))).toEqual([]);
	});
});

describe('MDX syntax in a Markdown body', () => {
	it('finds import/export lines and component tags, but not in code or inline code', () => {
		expect(findMdxSyntax('export const a = 1;\n正文 <Aside type="note">x</Aside>')).toHaveLength(2);
		expect(findMdxSyntax('```\nimport x from "y";\n<Aside>\n```\n写作 `<Aside>` 的组件不能用。\n填写{姓名}和{电话}。\n:::note\n提示\n:::')).toEqual([]);
	});
});
