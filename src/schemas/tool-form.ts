/**
 * 表格模板: the fill-in form of a tool, as blocks, from which the downloadable Word file
 * (/files/tools/<slug>.docx) is made. Forms are meant to be filled in by hand by a volunteer-run
 * community group (the lesson of source [003]), so keep them short.
 */
import { z } from 'astro/zod';
import { choice, fieldMeta, group, integer, lines, rows, text } from './fields';
import { formBlockKinds } from './taxonomies';

type FormBlockKind = (typeof formBlockKinds)[number];

/** Which of a block's fields each kind uses; the others must stay empty. */
export const FORM_BLOCK_FIELDS: Record<FormBlockKind, { needs: string[]; may?: string[] }> = {
	标题: { needs: ['text'] },
	说明: { needs: ['text'] },
	填空: { needs: ['items'] },
	勾选: { needs: ['text', 'items'] },
	书写框: { needs: ['text'], may: ['blank_rows'] },
	表格: { needs: ['items'], may: ['prefilled', 'blank_rows'] },
};

/** Separates the cells of a pre-filled table row. */
export const CELL_SEPARATOR = '｜';

const block = {
	kind: choice(formBlockKinds, {
		label: '版块类型',
		hint: '标题；说明（一行提示）；填空（每项一行“项目：____”）；勾选（一行“标签：□选项 □选项”）；书写框（带空行的方框）；表格',
	}),
	text: text({ label: '文字', hint: '标题和说明的文字；勾选的标签；书写框上方的提示。填空和表格不填' }).optional(),
	items: lines({ label: '各项', hint: '填空：要填的每个项目；勾选：每个选项；表格：每一列的表头' }).optional(),
	prefilled: lines({
		label: '预填的行',
		hint: `表格：已写好开头的行，一行一项，单元格之间用“${CELL_SEPARATOR}”隔开，例如 申报${CELL_SEPARATOR}了解需求；其余单元格留空`,
	}).optional(),
	blank_rows: integer({ label: '空行数', hint: '表格：预填的行之前留几行空行（默认 0）；书写框：留几行书写空间（默认 3）' }, { max: 30 }).optional(),
};

const labelOf = (field: string) => fieldMeta(block[field as keyof typeof block])!.label;

const blocks = rows(block, { label: '版块', hint: '从上到下排列的标题、填空、勾选、书写框和表格' }, { min: 1 });
const blocksMeta = fieldMeta(blocks)!;

// An emptied list is what Decap saves for a list field touched and cleared: it holds nothing to lose.
const filled = (value: unknown) => value !== undefined && !(Array.isArray(value) && value.length === 0);

/** A block must have what its kind needs, and nothing its kind ignores (it would be lost silently). */
const checkedBlocks = blocks
	.superRefine((list, context) => {
		list.forEach((entry, index) => {
			const { needs, may = [] } = FORM_BLOCK_FIELDS[entry.kind];
			for (const field of needs) {
				if (!filled(entry[field as keyof typeof entry])) {
					context.addIssue({ code: 'custom', path: [index, field], message: `“${entry.kind}”版块必须填写“${labelOf(field)}”` });
				}
			}
			for (const field of Object.keys(block)) {
				if (field === 'kind' || needs.includes(field) || may.includes(field)) continue;
				if (filled(entry[field as keyof typeof entry])) {
					const allowed = [...needs, ...may].map((name) => `“${labelOf(name)}”`).join('、');
					context.addIssue({ code: 'custom', path: [index, field], message: `“${entry.kind}”版块不用“${labelOf(field)}”，只填${allowed}` });
				}
			}
		});
	})
	.meta({ ...blocksMeta });

export const toolForm = group(
	{
		note: text({ label: '表头说明', hint: '标题下的一行：什么时候填、依据哪份资料' }),
		blocks: checkedBlocks,
	},
	{ label: '表格模板', hint: '可下载的 Word 表格由它生成（/files/tools/<标识>.docx）；上传的文件不用填写' },
);

export type ToolForm = z.output<typeof toolForm>;
export type FormBlock = ToolForm['blocks'][number];
