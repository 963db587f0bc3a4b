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
