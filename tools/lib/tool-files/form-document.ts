/**
 * A tool's fill-in form (src/schemas/tool-form.ts) as a Word document: headings, fill-in lines,
 * tick boxes, writing boxes and tables on A4, in a font every Chinese Word has.
 */
import { AlignmentType, Document, HeadingLevel, HeightRule, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { CELL_SEPARATOR, type FormBlock, type ToolForm } from '../../../src/schemas/tool-form';

export const BLANK = '＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿';
const FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' };
const DEFAULT_BOX_LINES = 3;

/** Usable page width in twips (A4 with the default 1-inch margins), shared out equally between columns. */
const PAGE_WIDTH = 9000;
const columns = (count: number) => Array.from({ length: count }, () => Math.floor(PAGE_WIDTH / count));

const line = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const cell = (text = '', bold = false) => new TableCell({ children: [line(text, bold)] });

/** A full-width table; every row is tall enough to write in by hand. */
function table(headers: string[], rows: string[][]): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		// Explicit column widths, so that every word processor lays the table out the same way.
		columnWidths: columns(headers.length),
		rows: [
			new TableRow({ tableHeader: true, children: headers.map((header) => cell(header, true)) }),
			...rows.map((prefilled) => new TableRow({ height: { value: 520, rule: HeightRule.ATLEAST }, children: headers.map((_, i) => cell(prefilled[i] ?? '')) })),
		],
	});
}

/** A one-cell table: the label, then empty lines to write in. */
function box(label: string, lines: number): Table {
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		columnWidths: columns(1),
		rows: [new TableRow({ children: [new TableCell({ children: [line(label, true), ...Array.from({ length: lines }, () => line(''))] })] })],
	});
}

function render(block: FormBlock): (Paragraph | Table)[] {
	switch (block.kind) {
		case '标题':
			return [new Paragraph({ text: block.text!, heading: HeadingLevel.HEADING_2, spacing: { before: 240 } })];
		case '说明':
			return [new Paragraph({ children: [new TextRun({ text: block.text!, italics: true })] })];
		case '填空':
			return block.items!.map((label) => line(`${label}：${BLANK}`));
		case '勾选':
			return [line(`${block.text}：${block.items!.map((option) => `□${option}`).join('　')}`)];
		case '书写框':
			return [box(block.text!, block.blank_rows ?? DEFAULT_BOX_LINES), line('')];
		case '表格': {
			// Blank rows come first, so that a closing row such as 合计 stays at the bottom.
			const blank = Array.from({ length: block.blank_rows ?? 0 }, () => [] as string[]);
			const prefilled = (block.prefilled ?? []).map((row) => row.split(CELL_SEPARATOR).map((text) => text.trim()));
			return [table(block.items!, [...blank, ...prefilled]), line('')];
		}
	}
}

export function formDocument({ title, illustrative, form }: { title: string; illustrative: boolean; form: ToolForm }): Document {
	const heading = illustrative ? `${title}（示例）` : title;
	const note = illustrative ? `【示例】${form.note}` : form.note;
	return new Document({
		creator: '共建 · 为老服务行动网络',
		title: heading,
		styles: { default: { document: { run: { font: FONT, size: 22 } } } },
		sections: [
			{
				children: [
					new Paragraph({ text: heading, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
					new Paragraph({ children: [new TextRun({ text: note, italics: true, size: 20 })] }),
					...form.blocks.flatMap(render),
				],
			},
		],
	});
}
