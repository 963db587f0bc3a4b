/**
 * Readable diffs on real edits of the starter content: a rewritten list, a moved paragraph,
 * frontmatter changes, an aside and a table. What a reader sees holds no Markdown or YAML syntax,
 * keeps paragraph breaks and counts only body text.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyLength, fileDiff, type FileDiff } from '../../src/lib/diff/file-diff';
import { displayBlocks } from '../../src/lib/diff/display';
import { charRunDiff } from '../../src/lib/diff/char-runs';
import type { BlockDiff } from '../../src/lib/diff/block-diff';
import { compareSections } from '../../src/lib/guide/compare-editions';
import { projectRoot } from '../helpers/site-build';

const starter = (path: string) => readFileSync(join(projectRoot, 'content', path), 'utf-8');

const blockText = (block: BlockDiff) => ('parts' in block ? block.parts.map((p) => p.text).join('') : block.text);

/** Every string a reader sees, one per displayed block or field. */
function visible(diff: FileDiff): string[] {
	const fields = diff.fields.flatMap((f) => [f.label, f.before ?? '', f.after ?? '', ...(f.blocks ?? []).map(blockText)]);
	const blocks = displayBlocks(diff.blocks).map((b) => (b.status === 'skipped' ? '' : blockText(b)));
	return [...fields, ...blocks].filter(Boolean);
}

const SYNTAX = [/\*\*/, /^#{1,6}\s/m, /\]\(/, /:::/, /^\s*[-*+]\s/m, /^\s*\d+\.\s/m, /\|\s*---/, /:\s*[|>]-?\s*$/m, /^[a-z_]+:\s/m, /^---$/m];
const expectNoSyntax = (texts: string[]) => {
	for (const text of texts) for (const pattern of SYNTAX) expect(text, `${pattern} in “${text}”`).not.toMatch(pattern);
};

describe('readable diffs of starter content', () => {
	const referral = starter('guide/2025/09-referral.md');

	it('a rewritten list reads as changed items, not interleaved fragments or list syntax', () => {
		const after = referral
			.replace('3. **联系对方。** 先电话沟通，确认对方能接、何时能接。', '3. **联系对方。** 先打电话，说明老人的情况，确认对方能接、何时能接。')
			.replace('5. **回访。** 转介后两周内回访老人，问问对方有没有联系、老人是否满意。', '5. **回访。** 一周内第一次回访，一个月内第二次回访。')
			.replace('6. **记录。** 把转介的经过和结果写入记录。\n', '');
		const diff = fileDiff('guide/2025/09-referral.md', referral, after);
		expect(diff.fields).toEqual([]);
		const changed = diff.blocks.filter((b) => b.status !== 'same');
		expect(changed.map((b) => [b.status, b.kind])).toEqual([
			['changed', 'item'],
			['changed', 'item'],
			['removed', 'item'],
		]);
		const contact = changed[0] as Extract<BlockDiff, { status: 'changed' }>;
		expect(contact.parts).toEqual([
			{ type: 'same', text: '联系对方。 先' },
			{ type: 'removed', text: '电话沟通，' },
			{ type: 'added', text: '打电话，说明老人的情况，' },
			{ type: 'same', text: '确认对方能接、何时能接。' },
		]);
		expect(blockText(changed[2])).toBe('记录。 把转介的经过和结果写入记录。');
		expectNoSyntax(visible(diff));
	});

	it('a moved paragraph is shown once, where it is now, and the paragraphs around it stay apart', () => {
		const paragraph = '网络的[机构名录](/orgs/)列出了各成员机构的服务人群和专长。找不到合适的机构时，可以在网络的交流群里询问，或请北京协作者协助联系。平时多参加阶段性交流会和实地参访，了解伙伴们擅长什么，到需要时才知道该找谁。';
		const after = referral.replace(`${paragraph}\n\n`, '').replace('入户中常见的转介情形有：', `${paragraph}\n\n入户中常见的转介情形有：`);
		const diff = fileDiff('guide/2025/09-referral.md', referral, after);
		const changed = diff.blocks.filter((b) => b.status !== 'same');
		expect(changed).toEqual([{ status: 'moved', kind: 'paragraph', text: paragraph.replace('[机构名录](/orgs/)', '机构名录') }]);
		const shown = displayBlocks(diff.blocks);
		// Context stays inside its own block: the paragraph before the move is shortened, never joined to the next.
		for (const block of shown) if (block.status === 'same') expect(blockText(block)).not.toMatch(/。\S*##|。[^…]*。.*转介情形/);
		expect(shown.filter((b) => b.status !== 'skipped').length).toBeGreaterThan(1);
		expectNoSyntax(visible(diff));
	});

	it('shortening unchanged text never runs two paragraphs together', () => {
		const after = referral.replace('没有一家机构什么都能做。', '没有哪一家机构什么都能做。');
		const shown = displayBlocks(fileDiff('guide/2025/09-referral.md', referral, after).blocks);
		expect(shown.map((b) => b.status)).toEqual(['same', 'changed', 'same', 'skipped']);
		expect(shown[0]).toEqual({ status: 'same', kind: 'heading', text: '什么时候需要转介' });
		const text = blockText(shown[1] as BlockDiff);
		expect(text).toMatch(/^没有哪?一家机构什么都能做。/);
		expect(text).toContain('…');
		expect(text).not.toContain('入户中常见');
		expect(shown[2]).toEqual({ status: 'same', kind: 'paragraph', text: '入户中常见的转介情形有：' });
	});

	it('frontmatter changes read 字段名：旧值 → 新值 with the schema labels', () => {
		const after = referral
			.replace('review_status: 已发布', 'review_status: 审阅中')
			.replace('  - 在入户记录中写明转介对象、时间和结果\n', '  - 在入户记录中写明转介对象、时间和结果\n  - 转介一个月后再次确认老人是否得到服务\n')
			.replace('  - org: xiezuozhe\n    role: 审阅\n', '');
		const diff = fileDiff('guide/2025/09-referral.md', referral, after);
		expect(diff.blocks.every((b) => b.status === 'same')).toBe(true);
		expect(diff.fields.map((f) => [f.label, f.before, f.after])).toEqual([
			['署名机构', 'ronglerongle · 主笔；meili-xinling · 共同撰写；xiezuozhe · 审阅', 'ronglerongle · 主笔；meili-xinling · 共同撰写'],
			[
				'检查清单',
				'判断这项需要是否超出本机构的专长或服务范围、向老人说明为什么要转介、转给哪家机构，取得老人同意、在机构名录中找合适的伙伴，先打电话确认对方能否接手、经老人同意，只提供转介需要的信息、约好交接的方式和时间；转介后两周内回访老人，确认对方已经跟进、在入户记录中写明转介对象、时间和结果',
				'判断这项需要是否超出本机构的专长或服务范围、向老人说明为什么要转介、转给哪家机构，取得老人同意、在机构名录中找合适的伙伴，先打电话确认对方能否接手、经老人同意，只提供转介需要的信息、约好交接的方式和时间；转介后两周内回访老人，确认对方已经跟进、在入户记录中写明转介对象、时间和结果、转介一个月后再次确认老人是否得到服务',
			],
			['审阅状态', '已发布', '审阅中'],
		]);
		expectNoSyntax(visible(diff));
		const orgs = new Map([['ronglerongle', '融爱融乐'], ['meili-xinling', '美丽心灵']]);
		const named = fileDiff('guide/2025/09-referral.md', referral, after, (collection, id) => (collection === 'organisations' ? orgs.get(id) : undefined));
		expect(named.fields[0]).toMatchObject({ label: '署名机构', after: '融爱融乐 · 主笔；美丽心灵 · 共同撰写' });
	});

	it('a long YAML text field (a case’s outcomes, written `|-`) is compared paragraph by paragraph', () => {
		const caseFile = starter('cases/qicaihong-paperwork.md');
		const after = caseFile.replace('得到了大家的称赞。', '得到了伙伴们的称赞。').replace('  资料总结，改进后的简洁工具', '  另一段新写的成效。\n\n  资料总结，改进后的简洁工具');
		const diff = fileDiff('cases/qicaihong-paperwork.md', caseFile, after);
		expect(diff.fields.map((f) => f.label)).toEqual(['成效']);
		const blocks = diff.fields[0].blocks!;
		expect(blocks.map((b) => b.status)).toEqual(['changed', 'added', 'same']);
		expect((blocks[0] as Extract<BlockDiff, { status: 'changed' }>).parts.filter((p) => p.type !== 'same')).toEqual([
			{ type: 'removed', text: '大家' },
			{ type: 'added', text: '伙伴们' },
		]);
		expectNoSyntax(visible(diff));
	});

	it('asides and tables are compared by their text, without :::note or table syntax', () => {
		const eventFile = starter('events/partner-meetup-2021.md');
		const edited = eventFile.replace('因此这里只写年份，', '因此这里只写年份和季节，');
		expect(edited).not.toBe(eventFile);
		const diff = fileDiff('events/partner-meetup-2021.md', eventFile, edited);
		expect(diff.blocks.filter((b) => b.status !== 'same').map((b) => b.kind)).toEqual(['paragraph']);
		expectNoSyntax(visible(diff));
		const pilot = starter('cases/dongfeng-sanshe-pilot.md');
		const tableDiff = fileDiff('cases/dongfeng-sanshe-pilot.md', pilot, pilot.replace('| 服务理念 | 主要为完成上级交办的任务 |', '| 服务理念 | 主要为被动完成上级交办的任务 |'));
		expect(tableDiff.blocks.filter((b) => b.status !== 'same')).toEqual([
			{ status: 'changed', kind: 'cell', parts: [{ type: 'same', text: '主要为' }, { type: 'added', text: '被动' }, { type: 'same', text: '完成上级交办的任务' }] },
		]);
	});

	it('counts the characters of body text only, not frontmatter or Markdown syntax', () => {
		const count = bodyLength('guide/2025/09-referral.md', referral);
		const body = referral.slice(referral.indexOf('\n---\n', 4) + 5);
		expect(count).toBeLessThan([...body.replace(/\s+/g, '')].length);
		expect(count).toBeGreaterThan(500);
		expect(bodyLength('guide/2025/09-referral.md', '---\ntitle: x\nsummary: 很长很长的概要\n---\n## 标题\n\n**正文**[链接](/a/)。\n')).toBe('标题正文链接。'.length);
	});

	it('the edition comparison uses the same renderer, section by section', () => {
		const section = (body: string, checklist: string[]) =>
			({ id: 's', data: { section_id: 's', section_no: '9', title: '转介', summary: '概要', checklist, cautions: [] }, body }) as unknown as Parameters<typeof compareSections>[0];
		const diff = compareSections(section('## 步骤\n\n1. **联系对方。** 先电话沟通。\n', ['回访']), section('## 步骤\n\n1. **联系对方。** 先打电话。\n', ['回访', '记录']));
		expect(diff.blocks.filter((b) => b.status !== 'same').map((b) => [b.status, b.kind, blockText(b)])).toEqual([
			['changed', 'item', '联系对方。 先打电话沟通。'],
			['added', 'item', '记录'],
		]);
		expectNoSyntax(visible(diff));
	});

	it('Chinese changes are found by character runs, Latin words whole', () => {
		expect(charRunDiff('先敲门，说明来意。', '先敲门，出示工作证，说明来意。')).toEqual([
			{ type: 'same', text: '先敲门，' },
			{ type: 'added', text: '出示工作证，' },
			{ type: 'same', text: '说明来意。' },
		]);
		expect(charRunDiff('下载 PDF 文件', '下载 Word 文件')).toEqual([
			{ type: 'same', text: '下载 ' },
			{ type: 'removed', text: 'PDF' },
			{ type: 'added', text: 'Word' },
			{ type: 'same', text: ' 文件' },
		]);
	});
});
