import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content/check';
import { copyFixture } from '../helpers/site-build';

function fixtureWith(edit: (root: string) => void): string {
	const root = copyFixture('basic');
	edit(root);
	return root;
}

const write = (root: string, path: string, text: string) => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
};

describe('content check', () => {
	it('passes the basic fixture', () => {
		expect(checkContent(copyFixture('basic')).problems).toEqual([]);
	});

	it('names the file, the field and the id of an unknown organisation', () => {
		const root = fixtureWith((r) => {
			const text = `---\nslug: brief-two\ntitle: 建议二\nsummary: s\nissue: 评估机制\ncredits:\n  - org: org-a\n    role: 主笔\n  - org: no-such-org\n    role: 审阅\ntarget_bodies:\n  - 某局\nstatus_history:\n  - date: "2024"\n    status: 草稿\n    note: 起草\nproposals:\n  - 一条\nsource: s\n---\n`;
			write(r, 'briefs/brief-two.md', text);
		});
		expect(checkContent(root).problems).toEqual([
			{
				file: 'briefs/brief-two.md',
				field: '机构（credits[1].org）',
				message: '找不到标识为“no-such-org”的机构名录条目。请从已有条目中选择，或先创建该条目',
			},
		]);
	});

	it('reports a duplicate slug naming both files', () => {
		const root = fixtureWith((r) => {
			write(r, 'cases/case-one-copy.md', readFileSync(join(r, 'cases/case-one.md'), 'utf-8'));
		});
		const [problem] = checkContent(root).problems;
		expect(problem.file).toBe('cases/case-one.md');
		expect(problem.message).toBe('标识“case-one”与 cases/case-one-copy.md 重复。同一类内容的标识必须唯一，请换一个');
	});

	it('reports invalid frontmatter values with the allowed values, in Chinese', () => {
		const root = fixtureWith((r) => {
			const text = readFileSync(join(r, 'cases/case-two.md'), 'utf-8').replace('district: 北京市东城区', 'district: 东城');
			write(r, 'cases/case-two.md', text);
		});
		const problems = checkContent(root).problems;
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'cases/case-two.md', field: '地区（district）' });
		expect(problems[0].message).toMatch(/^“东城”不是允许的取值。允许的取值：北京市朝阳区、/);
	});

	it('reports YAML that cannot be parsed, without losing the other files', () => {
		const root = fixtureWith((r) => write(r, 'cases/broken.md', '---\ntitle: [未闭合\n---\n'));
		const { problems, entries } = checkContent(root);
		expect(problems.map((p) => p.file)).toEqual(['cases/broken.md']);
		expect(problems[0].message).toBe('文件头（frontmatter）第 2 行无法解析：方括号 [ ] 或花括号 { } 没有闭合。该行内容：title: [未闭合');
		expect(entries.length).toBeGreaterThan(15);
	});

	it('finds broken internal links and personal data', () => {
		const root = fixtureWith((r) => {
			const text = readFileSync(join(r, 'cases/case-two.md'), 'utf-8').concat('见 [不存在的案例](/cases/nope/)。老人电话 138 1234 5678，证件号 11010519491231002X。\n');
			write(r, 'cases/case-two.md', text);
		});
		expect(checkContent(root).problems.map((p) => p.message.split('。')[0])).toEqual([
			'站内链接 /cases/nope/ 指向的页面不存在',
			'疑似手机号码“138****5678”',
			'疑似身份证号“110***********002X”',
		]);
	});

	it('checks relations into the current guide edition by section id', () => {
		const root = fixtureWith((r) => {
			const text = readFileSync(join(r, 'curriculum/sessions/session-one.md'), 'utf-8').replace('  - visit', '  - visitt');
			write(r, 'curriculum/sessions/session-one.md', text);
		});
		expect(checkContent(root).problems).toEqual([
			expect.objectContaining({ field: '相关指引章节（guide_sections[0]）', message: expect.stringContaining('“visitt”的现行版指引条目') }),
		]);
	});

	it('formats problems as one readable block', () => {
		const text = formatProblems([{ file: 'cases/x.md', field: '地区（district）', message: '不对' }]);
		expect(text).toBe('内容检查发现 1 个问题（Content check found 1 problem(s)）：\n  • cases/x.md → 地区（district）：不对');
	});
});
