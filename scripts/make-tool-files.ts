/**
 * Generates the downloadable Word templates of the tools collection:
 * public/files/tools/<slug>.docx, one per entry in content/tools/.
 *
 * Each template is described below as a short list of blocks (headings, fill-in fields,
 * tick boxes, tables, writing boxes), in Chinese, and rendered with the `docx` package.
 * The templates are meant to be simple enough for a volunteer-run community group to fill
 * in by hand (the lesson of source [003]), so keep them short when you edit them.
 *
 * Run from the project root: npx tsx scripts/make-tool-files.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	AlignmentType,
	Document,
	HeadingLevel,
	HeightRule,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
} from 'docx';

/** One building block of a template. */
type Block =
	/** A section heading. */
	| { kind: 'heading'; text: string }
	/** A plain line of guidance. */
	| { kind: 'text'; text: string }
	/** Fill-in lines: "标签：__________". */
	| { kind: 'fields'; labels: string[] }
	/** A line of tick boxes: "标签：□选项 □选项". */
	| { kind: 'checks'; label: string; options: string[] }
	/** A labelled box with empty lines to write in. */
	| { kind: 'box'; label: string; lines?: number }
	/**
	 * A table. `rows` is either a number of empty rows, or rows whose first cells are
	 * pre-filled (the remaining cells stay empty).
	 */
	| { kind: 'table'; headers: string[]; rows: number | string[][] };

interface Template {
	slug: string;
	title: string;
	/** One line under the title: what the form is for and where it comes from. */
	note: string;
	/** Illustrative templates are marked 示例 in the title and the note. */
	illustrative?: boolean;
	blocks: Block[];
}

const BLANK = '＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿';

const templates: Template[] = [
	{
		slug: 'project-application',
		title: '服务项目申报书',
		note: '填空式模板：按版块把内容填进去即可，手写或打印都可以。依据资料[003]中“三社联动”试点的项目申报要求整理。',
		blocks: [
			{ kind: 'heading', text: '一、基本信息' },
			{
				kind: 'fields',
				labels: ['项目名称', '申报组织（实施主体）', '所在社区', '对接社工（专业主责）', '项目负责人', '计划起止时间', '申请金额（元）'],
			},
			{ kind: 'checks', label: '项目类型', options: ['社区照顾', '社区互助', '社区融入', '社区参与'] },
			{
				kind: 'checks',
				label: '资金渠道',
				options: ['社区公益金微小项目（不超过1万元，周期不超过6个月）', '政府购买服务', '基金会资助', '其他'],
			},
			{ kind: 'heading', text: '二、我们看到的社区需求' },
			{ kind: 'box', label: '社区里有什么问题？哪些人最需要帮助？', lines: 4 },
			{ kind: 'checks', label: '需求是怎样了解到的', options: ['入户走访', '问卷', '座谈/焦点小组', '居委会介绍', '其他'] },
			{ kind: 'heading', text: '三、服务对象' },
			{ kind: 'fields', labels: ['服务对象是谁', '预计直接服务人数', '预计间接受益人数'] },
			{ kind: 'heading', text: '四、我们打算怎么做' },
			{ kind: 'table', headers: ['时间', '活动内容', '负责人', '预计参加人数'], rows: 5 },
			{ kind: 'heading', text: '五、三方怎么分工' },
			{
				kind: 'table',
				headers: ['一方', '负责什么', '具体由谁、做什么'],
				rows: [
					['社区社会组织（实施主体）', '组织动员，落实活动'],
					['对接社工（专业主责）', '提供专业支持'],
					['社区居委会', '协调资源，监督项目'],
				],
			},
			{ kind: 'heading', text: '六、这个项目能带来什么（评审看这三点）' },
			{
				kind: 'table',
				headers: ['要求', '我们的做法'],
				rows: [['回应社区需求'], ['培育社区社会组织'], ['提升社工专业能力']],
			},
			{ kind: 'heading', text: '七、预算' },
			{ kind: 'table', headers: ['支出项目', '用途', '金额（元）'], rows: [[''], [''], [''], [''], ['合计']] },
			{ kind: 'heading', text: '八、确认' },
			{ kind: 'fields', labels: ['申报组织负责人签字', '对接社工签字', '社区居委会意见', '日期'] },
		],
	},
	{
		slug: 'implementation-plan',
		title: '项目实施方案',
		note: '项目获批后填写，把每次活动的时间、流程和分工写清楚。依据资料[003]中社区社会组织的做法整理。',
		blocks: [
			{ kind: 'heading', text: '一、项目基本信息' },
			{ kind: 'fields', labels: ['项目名称', '实施组织', '对接社工', '实施时间'] },
			{ kind: 'heading', text: '二、项目目标' },
			{ kind: 'text', text: '写1–3条，用“做完以后，谁会有什么变化”的句式。' },
			{ kind: 'box', label: '目标', lines: 3 },
			{ kind: 'heading', text: '三、活动计划' },
			{ kind: 'table', headers: ['序号', '时间', '活动名称', '内容和流程', '人员分工', '物品/场地'], rows: 6 },
			{ kind: 'heading', text: '四、志愿者安排' },
			{ kind: 'table', headers: ['志愿者', '负责的事', '备注'], rows: 4 },
			{ kind: 'heading', text: '五、怎样通知居民' },
			{
				kind: 'checks',
				label: '通知方式',
				options: ['请已报名的志愿者和家庭口口相传', '楼门/小店张贴', '微信群或QQ群', '居委会帮助通知', '其他'],
			},
			{ kind: 'heading', text: '六、安全与跟进' },
			{ kind: 'box', label: '活动中由谁负责安全？报名的人没有按时到，由谁、怎样跟进？', lines: 3 },
			{ kind: 'heading', text: '七、钱怎么管' },
			{ kind: 'fields', labels: ['管账人（专人）'] },
			{ kind: 'checks', label: '做到', options: ['单独记账', '专款专用', '收支向理事会报告并公示'] },
			{ kind: 'heading', text: '八、记录与资料' },
			{ kind: 'checks', label: '每次活动留下', options: ['签到表', '活动记录', '照片（先征得本人同意）', '其他'] },
			{ kind: 'heading', text: '九、什么时候回头看' },
			{
				kind: 'table',
				headers: ['时间', '看什么', '谁参加'],
				rows: [['第一季度末'], ['项目中期'], ['结项前']],
			},
		],
	},
	{
		slug: 'case-writing-template',
		title: '项目案例撰写模板',
		note: '项目结束或告一段落时填写。结构依据资料[003]中的项目案例和人物故事格式；服务对象一律用化名。',
		blocks: [
			{ kind: 'heading', text: '第一部分　项目案例' },
			{ kind: 'fields', labels: ['项目名称', '服务团队', '对接社工（只写职务或化名）', '服务对象（写人群和人数，不写真名）'] },
			{ kind: 'box', label: '项目简介：做了什么、怎样做的（200–400字）', lines: 6 },
			{ kind: 'box', label: '项目亮点：写1–3条，每条一句话', lines: 3 },
			{ kind: 'text', text: '原来 → 现在：只填有变化的方面。' },
			{
				kind: 'table',
				headers: ['方面', '原来', '现在'],
				rows: [['理念'], ['方法'], ['服务质量'], ['居民参与'], ['组织建设']],
			},
			{ kind: 'heading', text: '第二部分　人物故事（可选）' },
			{ kind: 'fields', labels: ['身份标签（如【高龄老人】【社会组织负责人】【社区社工】）', '化名（写作“林奶奶（化名）”）'] },
			{ kind: 'box', label: '以前的情况', lines: 3 },
			{ kind: 'box', label: '参与了什么', lines: 3 },
			{ kind: 'box', label: '现在的变化', lines: 3 },
			{ kind: 'box', label: '本人的话（只写身份，不写真名）', lines: 2 },
			{ kind: 'heading', text: '第三部分　困难与反思（必填，不评分）' },
			{ kind: 'box', label: '遇到了什么困难？哪些没做好？学到了什么？', lines: 5 },
			{ kind: 'heading', text: '第四部分　发布前核对' },
			{
				kind: 'checks',
				label: '已做到',
				options: ['服务对象都用化名并注明（化名）', '没有电话、证件号、门牌号', '工作人员只写职务'],
			},
			{
				kind: 'checks',
				label: '知情同意',
				options: ['已取得书面同意', '已取得口头同意', '不涉及可识别个人', '来源为公开文献'],
			},
		],
	},
	{
		slug: 'summary-report',
		title: '项目总结报告',
		note: '季度总结和结项报告共用这一张表。依据资料[003]中社区社会组织手写季度总结、结项报告的做法整理。',
		blocks: [
			{ kind: 'checks', label: '报告类型', options: ['季度总结', '结项报告'] },
			{ kind: 'fields', labels: ['项目名称', '实施组织', '对接社工', '报告期间'] },
			{ kind: 'heading', text: '一、这段时间做了什么' },
			{ kind: 'table', headers: ['日期', '活动', '参加人数', '备注'], rows: 6 },
			{ kind: 'heading', text: '二、数字' },
			{
				kind: 'table',
				headers: ['指标', '数量'],
				rows: [['开展活动次数'], ['直接服务人数'], ['间接服务人数'], ['参与志愿者人数'], ['其中骨干志愿者']],
			},
			{ kind: 'heading', text: '三、和计划比' },
			{ kind: 'table', headers: ['计划做的', '实际做的', '差别和原因'], rows: 3 },
			{ kind: 'heading', text: '四、有什么变化（原来 → 现在）' },
			{ kind: 'table', headers: ['方面', '原来', '现在'], rows: 3 },
			{ kind: 'heading', text: '五、居民和服务对象怎么说' },
			{ kind: 'box', label: '只写身份，不写真名', lines: 3 },
			{ kind: 'heading', text: '六、钱用得怎么样' },
			{ kind: 'table', headers: ['支出项目', '预算（元）', '实际（元）', '说明'], rows: 4 },
			{ kind: 'heading', text: '七、困难与反思' },
			{ kind: 'box', label: '遇到了什么困难？哪些没做好？学到了什么？（如实写，不评分）', lines: 4 },
			{ kind: 'heading', text: '八、下一步打算' },
			{ kind: 'box', label: '下一步', lines: 3 },
			{ kind: 'fields', labels: ['填写人', '日期'] },
		],
	},
	{
		slug: 'implementation-handbook',
		title: '项目实施工作指导手册',
		note: '由项目团队边做边填，交给新成员和接手的团队，让做法不因人员更替而失传。依据资料[003]整理。',
		blocks: [
			{ kind: 'heading', text: '第一章　我们的项目（一页纸）' },
			{ kind: 'fields', labels: ['项目名称', '为谁服务', '要解决什么问题', '在哪里做、多久做一次'] },
			{ kind: 'heading', text: '第二章　项目的五个环节' },
			{
				kind: 'table',
				headers: ['环节', '要做的事', '要交的材料', '谁负责', '时间'],
				rows: [
					['申报', '了解需求，三方商量项目', '服务项目申报书'],
					['计划', '细化活动、分工和预算', '项目实施方案'],
					['实施', '按计划开展活动，每次记录', '签到表、活动记录'],
					['季度回顾', '对照计划看进展', '季度总结'],
					['结项', '总结成效与反思，写案例', '结项报告、项目案例'],
				],
			},
			{ kind: 'heading', text: '第三章　谁来做什么' },
			{
				kind: 'table',
				headers: ['角色', '负责什么', '怎样联系（只写机构公开电话或工作群）'],
				rows: [['社区社会组织负责人'], ['对接社工'], ['居委会联系人'], ['骨干志愿者'], ['支持机构/督导']],
			},
			{ kind: 'heading', text: '第四章　每次活动的步骤' },
			{
				kind: 'table',
				headers: ['阶段', '检查事项', '完成'],
				rows: [
					['活动前', '确认场地和物品；请志愿者和家庭口口相传通知；分工到人'],
					['活动中', '签到；安全负责人在场；报名未到的及时跟进'],
					['活动后', '写活动记录；整理照片（已征得同意）；记账'],
				],
			},
			{ kind: 'heading', text: '第五章　我们的经验（传给后来的人）' },
			{ kind: 'box', label: '哪些做法管用', lines: 4 },
			{ kind: 'box', label: '走过的弯路', lines: 4 },
			{ kind: 'box', label: '给接手的人的话', lines: 3 },
			{ kind: 'heading', text: '第六章　遇到问题找谁' },
			{
				kind: 'table',
				headers: ['问题', '先找谁', '再找谁'],
				rows: [['活动组织'], ['专业方法'], ['经费和报销'], ['服务对象有特殊情况，需要转介']],
			},
		],
	},
	{
		slug: 'home-visit-record',
		title: '入户探访记录表',
		note: '每次入户后当天填写。资料未提供原始格式，本表为成员机构整理的示例，请按本机构档案制度调整。',
		illustrative: true,
		blocks: [
			{ kind: 'heading', text: '一、基本信息' },
			{ kind: 'fields', labels: ['探访日期和时间', '探访人员（写职务或志愿者编号）', '老人代号或化名', '第几次探访'] },
			{ kind: 'checks', label: '年龄段', options: ['80岁及以上', '70–79岁', '60–69岁'] },
			{ kind: 'checks', label: '居住情况', options: ['独居', '与配偶同住', '与子女同住', '其他'] },
			{ kind: 'checks', label: '本次目的', options: ['初次探访', '定期探访', '需求评估', '跟进服务', '其他'] },
			{ kind: 'heading', text: '二、观察到的情况' },
			{
				kind: 'table',
				headers: ['方面', '观察到的情况'],
				rows: [['身体和精神状态'], ['居家环境与安全'], ['生活照料'], ['情绪与社会交往']],
			},
			{ kind: 'box', label: '老人说了什么（需要和意愿，尽量用老人自己的话）', lines: 4 },
			{ kind: 'box', label: '本次做了什么', lines: 3 },
			{ kind: 'heading', text: '三、跟进' },
			{ kind: 'table', headers: ['需要跟进的事', '谁负责', '完成期限'], rows: 3 },
			{ kind: 'checks', label: '是否需要转介', options: ['否', `是，转介给：${BLANK}`] },
			{ kind: 'checks', label: '是否发现紧急情况', options: ['否', `是，已联系：${BLANK}（在背面写处理经过）`] },
			{ kind: 'checks', label: '老人是否知道并同意本次记录', options: ['同意', '不同意（只记录必要的安全信息）'] },
			{ kind: 'fields', labels: ['记录人', '记录时间'] },
			{ kind: 'text', text: '本表含服务对象个人信息，按本机构档案制度保管，不拍照外传，不写电话和证件号。' },
		],
	},
	{
		slug: 'needs-assessment-form',
		title: '老年人需求评估表',
		note: '初次入户或服务调整前使用。需求领域和年龄段提示依据资料[001]；表格格式为成员机构整理的示例。',
		illustrative: true,
		blocks: [
			{ kind: 'heading', text: '一、基本情况' },
			{ kind: 'fields', labels: ['老人代号或化名', '评估日期', '评估人（写职务）'] },
			{ kind: 'checks', label: '年龄段', options: ['80岁及以上', '70–79岁', '60–69岁'] },
			{
				kind: 'checks',
				label: '评估方式',
				options: ['入户观察', '面谈', '问卷', '家属/照顾者访谈', '居委会提供信息'],
			},
			{
				kind: 'checks',
				label: '需要特别留意',
				options: ['独居/空巢', '失能', '失独', '认知障碍迹象', '老残共养家庭', '其他'],
			},
			{ kind: 'heading', text: '二、各领域需求' },
			{ kind: 'text', text: '需要程度填：无 / 一般 / 迫切。' },
			{
				kind: 'table',
				headers: ['领域', '现在的情况（老人说的＋看到的）', '需要程度', '已有的支持', '建议的服务'],
				rows: [
					['生活照料'],
					['医疗与健康（诊治、体检）'],
					['康复护理'],
					['紧急救护'],
					['精神慰藉'],
					['文体娱乐与社会交往'],
					['法律知识与权益'],
				],
			},
			{
				kind: 'text',
				text: '年龄段参考（资料[001]）：80岁及以上老人对日常生活照料、医疗诊治、体检康复和紧急救护需求较大；70–79岁老人对健康护理需求较大；60–69岁老人对文体娱乐和休闲服务需求较大。这只是总体倾向，以老人本人的情况为准。',
			},
			{ kind: 'heading', text: '三、优势与意愿' },
			{ kind: 'box', label: '老人的优势和资源（能做什么、喜欢什么、身边有谁能帮忙）', lines: 3 },
			{ kind: 'box', label: '老人自己最想先解决的事', lines: 2 },
			{ kind: 'heading', text: '四、结论' },
			{ kind: 'box', label: '综合判断与服务建议', lines: 4 },
			{ kind: 'checks', label: '是否需要转介', options: ['否', `是，转介至：${BLANK}`] },
			{ kind: 'fields', labels: ['下次评估时间'] },
		],
	},
];

// ---- Rendering -------------------------------------------------------------------------

const FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' };

/** Usable page width in twips (A4 with the default 1-inch margins), shared out equally between columns. */
const PAGE_WIDTH = 9000;
const columns = (count: number) => Array.from({ length: count }, () => Math.floor(PAGE_WIDTH / count));

const line = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });

/** A table cell holding one line of text (or nothing). */
const cell = (text = '', bold = false) => new TableCell({ children: [line(text, bold)] });

/** A full-width table; every row is tall enough to write in by hand. */
function table(headers: string[], rows: number | string[][]): Table {
	const body = typeof rows === 'number' ? Array.from({ length: rows }, () => [] as string[]) : rows;
	return new Table({
		width: { size: 100, type: WidthType.PERCENTAGE },
		// Explicit column widths, so that every word processor lays the table out the same way.
		columnWidths: columns(headers.length),
		rows: [
			new TableRow({ tableHeader: true, children: headers.map((h) => cell(h, true)) }),
			...body.map(
				(prefilled) =>
					new TableRow({
						height: { value: 520, rule: HeightRule.ATLEAST },
						children: headers.map((_, i) => cell(prefilled[i] ?? '')),
					}),
			),
		],
	});
}

/** Turns one block into document elements. */
function render(block: Block): (Paragraph | Table)[] {
	switch (block.kind) {
		case 'heading':
			return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2, spacing: { before: 240 } })];
		case 'text':
			return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true })] })];
		case 'fields':
			return block.labels.map((label) => line(`${label}：${BLANK}`));
		case 'checks':
			return [line(`${block.label}：${block.options.map((o) => `□${o}`).join('　')}`)];
		case 'box':
			// A one-cell table: the label, then empty lines to write in.
			return [
				new Table({
					width: { size: 100, type: WidthType.PERCENTAGE },
					columnWidths: columns(1),
					rows: [
						new TableRow({
							children: [
								new TableCell({
									children: [line(block.label, true), ...Array.from({ length: block.lines ?? 3 }, () => line(''))],
								}),
							],
						}),
					],
				}),
				line(''),
			];
		case 'table':
			return [table(block.headers, block.rows), line('')];
	}
}

function build(template: Template): Document {
	const title = template.illustrative ? `${template.title}（示例）` : template.title;
	const note = template.illustrative ? `【示例】${template.note}` : template.note;
	return new Document({
		creator: '共建 · 为老服务行动网络',
		title,
		styles: { default: { document: { run: { font: FONT, size: 22 } } } },
		sections: [
			{
				children: [
					new Paragraph({ text: title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
					new Paragraph({ children: [new TextRun({ text: note, italics: true, size: 20 })] }),
					...template.blocks.flatMap(render),
				],
			},
		],
	});
}

const outDir = join(process.cwd(), 'public', 'files', 'tools');
mkdirSync(outDir, { recursive: true });
for (const template of templates) {
	const path = join(outDir, `${template.slug}.docx`);
	writeFileSync(path, await Packer.toBuffer(build(template)));
	console.log(`wrote ${path}`);
}
