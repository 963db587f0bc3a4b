/**
 * The templates' Word files are made from the forms in content/tools/ (field `form`) by
 * `npm run tool-files`, which `npm run build` runs first. Real docx files are written and read back
 * (unzipped, their document XML read as text).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BLANK } from '../../tools/lib/tool-files/form-document';
import { writeToolFiles } from '../../tools/lib/tool-files/write-tool-files';
import { projectRoot } from '../helpers/site-build';

/** The text of each paragraph of a Word file's body, a table row as its cells joined by “|”. */
function documentLines(docx: Uint8Array): string[] {
	const xml = new TextDecoder().decode(unzipSync(docx)['word/document.xml']);
	const text = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
	const lines: string[] = [];
	// Top-level paragraphs and table rows, in order; a box (one-cell table) is one row.
	for (const [part] of xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>|<w:p[ >][\s\S]*?<\/w:p>/g)) {
		if (part.startsWith('<w:tr')) lines.push([...part.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([c]) => text(c)).join('|'));
		else lines.push(text(part));
	}
	return lines;
}

const TOOL = `---
slug: sign-in-sheet
title: 活动签到表
summary: 每次活动签到用。
tool_type: 记录表
stage: 实施
files:
  - label: Word 表格
    path: /files/tools/sign-in-sheet.docx
form:
  note: 每次活动时放在门口。
  blocks:
    - kind: 标题
      text: 一、活动
    - kind: 填空
      items:
        - 活动名称
        - 日期
    - kind: 勾选
      text: 天气
      items:
        - 晴
        - 雨
    - kind: 书写框
      text: 备注
      blank_rows: 2
    - kind: 表格
      items:
        - 支出项目
        - 金额（元）
      blank_rows: 2
      prefilled:
        - 合计｜
credits:
  - org: xiezuozhe
    role: 主笔
source: 成员机构撰写
illustrative: true
---
签到表的用法。
`;

function throwawayProject(tool = TOOL) {
	const root = mkdtempSync(join(tmpdir(), 'gongjian-tool-files-'));
	mkdirSync(join(root, 'content/tools'), { recursive: true });
	writeFileSync(join(root, 'content/tools/sign-in-sheet.md'), tool);
	return { contentDir: join(root, 'content'), publicDir: join(root, 'public') };
}

describe('tool files from content', () => {
	it('the Word files in public/files/tools/ are what the forms in content/tools/ make', async () => {
		const publicDir = mkdtempSync(join(tmpdir(), 'gongjian-tool-public-'));
		cpSync(join(projectRoot, 'public/files/tools'), join(publicDir, 'files/tools'), { recursive: true });
		const { files, problems } = await writeToolFiles({ contentDir: join(projectRoot, 'content'), publicDir });
		expect(problems).toEqual([]);
		expect(files.map((file) => file.slug).sort()).toEqual(
			['case-writing-template', 'home-visit-record', 'implementation-handbook', 'implementation-plan', 'needs-assessment-form', 'project-application', 'summary-report'],
		);
		expect(files.filter((file) => file.written).map((file) => file.slug), 'run npm run tool-files and commit public/files/tools/').toEqual([]);
	});

	it('renders each kind of block, titles and notes from the entry, blank rows above a pre-filled total', async () => {
		const project = throwawayProject();
		const { files, problems } = await writeToolFiles(project);
		expect(problems).toEqual([]);
		expect(files).toMatchObject([{ slug: 'sign-in-sheet', sitePath: '/files/tools/sign-in-sheet.docx', written: true }]);
		expect(documentLines(readFileSync(files[0]!.file))).toEqual([
			'活动签到表（示例）',
			'【示例】每次活动时放在门口。',
			'一、活动',
			`活动名称：${BLANK}`,
			`日期：${BLANK}`,
			'天气：□晴　□雨',
			'备注',
			'',
			'支出项目|金额（元）',
			'|',
			'|',
			'合计|',
			'',
		]);
	});

	it('rewrites a file only when its form changed', async () => {
		const project = throwawayProject();
		const [first] = (await writeToolFiles(project)).files;
		const madeAt = statSync(first!.file).mtimeMs;
		await new Promise((resolve) => setTimeout(resolve, 20));
		const [again] = (await writeToolFiles(project)).files;
		expect(again!.written).toBe(false);
		expect(statSync(again!.file).mtimeMs).toBe(madeAt);

		writeFileSync(join(project.contentDir, 'tools/sign-in-sheet.md'), TOOL.replace('        - 日期\n', '        - 日期\n        - 地点\n'));
		const [changed] = (await writeToolFiles(project)).files;
		expect(changed!.written).toBe(true);
		expect(documentLines(readFileSync(changed!.file))).toContain(`地点：${BLANK}`);
	});

	it('names the file, the field and what is allowed for a bad form, and keeps the Word file it had', async () => {
		const project = throwawayProject();
		const [good] = (await writeToolFiles(project)).files;
		const before = readFileSync(good!.file);
		const broken = TOOL.replace('    - kind: 标题\n      text: 一、活动\n', '    - kind: 标题\n      items:\n        - 一、活动\n').replace(
			'/files/tools/sign-in-sheet.docx',
			'/files/tools/sign-in.pdf',
		);
		writeFileSync(join(project.contentDir, 'tools/sign-in-sheet.md'), broken);
		const { files, problems } = await writeToolFiles(project);
		expect(files).toEqual([]);
		expect(problems).toEqual([
			{ file: 'tools/sign-in-sheet.md', field: '表格模板（form.blocks[0].text）', message: '“标题”版块必须填写“文字”' },
			{ file: 'tools/sign-in-sheet.md', field: '表格模板（form.blocks[0].items）', message: '“标题”版块不用“各项”，只填“文字”' },
		]);
		expect(readFileSync(good!.file).equals(before)).toBe(true);

		// What Decap saves for a list touched and cleared is no list at all, for the block's kind too.
		const cleared = TOOL.replace('      text: 一、活动\n', '      text: 一、活动\n      items: []\n').replace('      text: 天气\n      items:\n        - 晴\n        - 雨\n', '      text: 天气\n      items: []\n');
		writeFileSync(join(project.contentDir, 'tools/sign-in-sheet.md'), cleared);
		expect((await writeToolFiles(project)).problems).toEqual([
			{ file: 'tools/sign-in-sheet.md', field: '表格模板（form.blocks[2].items）', message: '“勾选”版块必须填写“各项”' },
		]);

		writeFileSync(join(project.contentDir, 'tools/sign-in-sheet.md'), TOOL.replace('/files/tools/sign-in-sheet.docx', '/files/tools/sign-in.pdf'));
		expect((await writeToolFiles(project)).problems).toEqual([
			{
				file: 'tools/sign-in-sheet.md',
				field: '下载文件（files）',
				message: '表格模板生成 /files/tools/sign-in-sheet.docx，请在下载文件中列出它（文件填 /files/tools/sign-in-sheet.docx）',
			},
		]);
	});
});
