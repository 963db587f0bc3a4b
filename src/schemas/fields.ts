/**
 * Field builders. Every field of every collection is declared with one of these, so that each
 * carries, next to its Zod type, the metadata the rest of the site derives from it: the Chinese
 * label, the one-line hint (the field's comment, shown in the CMS), the CMS widget, the options
 * of a select and the target of a relation.
 *
 * Whether a field is required is not metadata: it is read from the Zod type itself
 * (`.optional()` / `.default()`), so the CMS can never disagree with the build.
 */
import { z } from 'astro/zod';
import { showInvisible } from '../lib/text/show-invisible';

export type Widget =
	| 'string'
	| 'text'
	| 'markdown'
	| 'select'
	| 'relation'
	| 'date'
	| 'number'
	| 'boolean'
	| 'list'
	| 'object'
	| 'file';

/**
 * The collection a relation points into, by name. Checked against the registry when it loads
 * (src/schemas/registry.ts): only a folder collection of the registry is a target.
 */
export type RelationTarget = string;

export interface FieldMeta {
	/** Chinese label shown in forms and on pages. */
	label: string;
	/** One line telling an editor what goes here (and the default, if any). */
	hint: string;
	widget: Widget;
	/** select, relation and list of selects: several values allowed. */
	multiple?: boolean;
	/** select: the allowed values, from taxonomies.ts. */
	options?: readonly string[];
	/** relation: the collection the id points into. */
	collection?: RelationTarget;
	/** string: a pattern the value must match, with the Chinese message shown when it does not. */
	pattern?: { source: string; message: string };
	/** list/number: bounds, shown to editors as part of the rule. */
	min?: number;
	max?: number;
	/**
	 * How the personal-data check treats the field (default: like any published text).
	 * `public-contact`: an organisation's published contact, where its landline and mailbox belong;
	 * `not-published`: never shown on the site (editors' identities), so not checked.
	 */
	privacy?: 'public-contact' | 'not-published';
}

type Described = { label: string; hint: string; privacy?: FieldMeta['privacy'] };

/** Ids are the file names of entries: lowercase ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_RULE = '只能用小写英文字母、数字和连字符，例如 ronglerongle-guardianship';
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH_PATTERN = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/**
 * Limits on what one field may hold. Far above anything the starter content needs (its longest
 * one-line text is about 90 characters, its longest list 12 rows): they catch pasted documents
 * and runaway lists, which would otherwise be published as they are.
 */
export const LIMITS = {
	/** One line of text: titles, summaries, names. */
	lineLength: 300,
	/** A field of several paragraphs. */
	paragraphsLength: 5000,
	/** Rows of any list. */
	listLength: 200,
	/** A Markdown body, in characters (about 300 KB of Chinese text). */
	bodyLength: 100_000,
} as const;

/**
 * Today's date in China, where the network works, as `YYYY-MM-DD`. `GONGJIAN_TODAY` pins it
 * for tests; the CMS runs in the browser, where `process` does not exist.
 */
export function today(): string {
	const pinned = typeof process !== 'undefined' ? process.env?.GONGJIAN_TODAY : undefined;
	if (pinned) return pinned;
	return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether `YYYY`, `YYYY-MM` or `YYYY-MM-DD` names a day, month or year that exists. */
export function isCalendarDate(value: string): boolean {
	const [year, month, day] = value.split('-').map(Number);
	if (month !== undefined && (month < 1 || month > 12)) return false;
	if (day !== undefined && (day < 1 || day > daysInMonth(year, month))) return false;
	return true;
}

/** Whether a date, as precise as it is, lies after today (2027 is after 2026-12-31; 2026 is not). */
export function isAfterToday(value: string): boolean {
	return value > today().slice(0, value.length);
}

const CALENDAR_MESSAGE = (value: string) => `“${value}”不是日历上存在的日期，请核对月份和日期`;
const FUTURE_MESSAGE = (value: string) => `“${value}”晚于今天（${today()}）。这里记录已经发生的事，不能填将来的日期`;

/** Past dates: the field records something that has happened, so it cannot be after today. */
export interface DateRule {
	past?: boolean;
}

function calendar<T extends z.ZodType<string>>(schema: T, { past }: DateRule): T {
	let checked = schema.refine(isCalendarDate, { error: (issue) => CALENDAR_MESSAGE(String(issue.input)), abort: true });
	if (past) checked = checked.refine((value) => !isAfterToday(value), { error: (issue) => FUTURE_MESSAGE(String(issue.input)) });
	return checked as unknown as T;
}

function withMeta<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
	return schema.meta({ ...meta }) as T;
}

const LIST_TOO_LONG = `太多：一个列表最多 ${LIMITS.listLength} 项`;

const requiredMessage = (what: string) => (issue: { input: unknown }) =>
	issue.input === undefined || issue.input === null ? '必填，不能为空' : `应为${what}`;

/** A single line of text. */
export function text(d: Described, rule?: { pattern: RegExp; message: string }) {
	let schema = z
		.string({ error: requiredMessage('一行文字') })
		.trim()
		.min(1, '必填，不能为空')
		.max(LIMITS.lineLength, `太长：最多 ${LIMITS.lineLength} 个字。长的内容请写在正文或多行字段中`);
	if (rule) schema = schema.regex(rule.pattern, rule.message);
	return withMeta(schema, {
		...d,
		widget: 'string',
		pattern: rule && { source: rule.pattern.source, message: rule.message },
	});
}

/** Several lines of plain text; blank lines separate paragraphs on the page. */
export function paragraphs(d: Described) {
	const schema = z
		.string({ error: requiredMessage('文字') })
		.trim()
		.min(1, '必填，不能为空')
		.max(LIMITS.paragraphsLength, `太长：最多 ${LIMITS.paragraphsLength} 个字。更长的内容请写在正文中`);
	return withMeta(schema, { ...d, widget: 'text' });
}

const BODY_TOO_LONG = `正文太长：最多 ${LIMITS.bodyLength} 个字符。请拆成几个条目，或把附件放到 public/files/ 再链接`;

/**
 * The Markdown body of an entry. A required body must have text in it; an optional one may be
 * left out (`.optional()`).
 */
export function markdown(d: Described) {
	const schema = z
		.string({ error: (issue) => (issue.input === undefined ? '正文必填，不能为空' : '应为 Markdown 正文') })
		.refine((value) => value.trim().length > 0, '正文必填，不能为空')
		.refine((value) => value.length <= LIMITS.bodyLength, BODY_TOO_LONG);
	return withMeta(schema, { ...d, widget: 'markdown' });
}

/** An id: lowercase ASCII words joined by hyphens. */
export function slug(d: Described) {
	return text(d, { pattern: ID_PATTERN, message: ID_RULE });
}

/** One value out of a taxonomy. */
export function choice<const T extends readonly [string, ...string[]]>(options: T, d: Described) {
	const schema = z.enum(options, {
		error: (issue) =>
			issue.input === undefined
				? `必填。允许的取值：${options.join('、')}`
				: `“${showInvisible(String(issue.input))}”不是允许的取值。允许的取值：${options.join('、')}`,
	});
	return withMeta(schema, { ...d, widget: 'select', options });
}

/** Several values out of a taxonomy. */
export function choices<const T extends readonly [string, ...string[]]>(
	options: T,
	d: Described,
	{ min = 0 }: { min?: number } = {},
) {
	const item = z.enum(options, {
		error: (issue) =>
			`“${showInvisible(String(issue.input))}”不是允许的取值。允许的取值：${options.join('、')}`,
	});
	const schema = z
		.array(item, { error: requiredMessage('取值列表') })
		.min(min, `至少选择 ${min} 项。允许的取值：${options.join('、')}`)
		.max(LIMITS.listLength, LIST_TOO_LONG);
	return withMeta(schema, { ...d, widget: 'select', multiple: true, options, min });
}

/** The id of one entry in another collection; existence is checked across the whole content. */
export function ref(collection: RelationTarget, d: Described) {
	const schema = z
		.string({ error: requiredMessage('条目标识') })
		.regex(ID_PATTERN, `标识格式不对：${ID_RULE}`);
	return withMeta(schema, { ...d, widget: 'relation', collection });
}

/** Ids of several entries in another collection. */
export function refs(collection: RelationTarget, d: Described, { min = 0 }: { min?: number } = {}) {
	const item = z.string().regex(ID_PATTERN, `标识格式不对：${ID_RULE}`);
	const schema = z
		.array(item, { error: requiredMessage('条目标识列表') })
		.min(min, `至少选择 ${min} 项`)
		.max(LIMITS.listLength, LIST_TOO_LONG);
	return withMeta(schema, { ...d, widget: 'relation', collection, multiple: true, min });
}

/**
 * A calendar date, `YYYY-MM-DD`. Content is read with YAML 1.2, so an unquoted `2024-10-15` stays
 * the text the editor wrote and is checked against the calendar: a YAML 1.1 reader would turn
 * 2024-02-30 into 1 March without a word.
 */
export function date(d: Described, rule: DateRule = {}) {
	const format = z.string({
		error: (issue) => (issue.input === undefined ? '必填，格式为 YYYY-MM-DD' : '日期格式应为 YYYY-MM-DD，例如 2024-10-15'),
	}).regex(DATE_PATTERN, { error: '日期格式应为 YYYY-MM-DD，例如 2024-10-15', abort: true });
	return withMeta(calendar(format, rule), { ...d, widget: 'date' });
}

const PARTIAL_DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const PARTIAL_DATE_RULE = '格式应为 YYYY、YYYY-MM 或 YYYY-MM-DD，例如 2024、2024-10 或 2024-10-15';

/**
 * A date known only as precisely as the source allows: `2021`, `2024-10` or `2024-10-15`.
 * Sources often give a month or a year; a made-up day would be an invented fact.
 */
export function partialDate(d: Described, rule: DateRule = {}) {
	const schema = z
		.union([z.string(), z.number().int()], { error: requiredMessage('日期') })
		.transform((value) => String(value))
		.pipe(calendar(z.string().regex(PARTIAL_DATE_PATTERN, { error: PARTIAL_DATE_RULE, abort: true }), rule));
	return withMeta(schema, {
		...d,
		widget: 'string',
		pattern: { source: PARTIAL_DATE_PATTERN.source, message: PARTIAL_DATE_RULE },
	});
}

/** A year, or a year and month: `2013` or `2013-07`. */
export function yearMonth(d: Described, rule: DateRule = {}) {
	const schema = z
		.union([z.string(), z.number().int()], { error: requiredMessage('年份或年月') })
		.transform((value) => String(value))
		.pipe(calendar(z.string().regex(YEAR_MONTH_PATTERN, { error: '格式应为 YYYY 或 YYYY-MM，例如 2013 或 2013-07', abort: true }), rule));
	return withMeta(schema, {
		...d,
		widget: 'string',
		pattern: { source: YEAR_MONTH_PATTERN.source, message: '格式应为 YYYY 或 YYYY-MM，例如 2013 或 2013-07' },
	});
}

/** A whole number. */
export function integer(d: Described, { min = 0, max }: { min?: number; max?: number } = {}) {
	let schema = z.number({ error: requiredMessage('整数') }).int('应为整数').min(min, `不能小于 ${min}`);
	if (max !== undefined) schema = schema.max(max, `不能大于 ${max}`);
	return withMeta(schema, { ...d, widget: 'number', min, max });
}

/** Yes or no; `mustBe` turns it into a confirmation that has to be ticked. */
export function flag(d: Described, { mustBe }: { mustBe?: { value: boolean; message: string } } = {}) {
	let schema: z.ZodType<boolean> = z.boolean({ error: requiredMessage('是或否') });
	if (mustBe) schema = schema.refine((value) => value === mustBe.value, mustBe.message);
	return withMeta(schema, { ...d, widget: 'boolean' });
}

/** A list of short texts, one per line. */
export function lines(d: Described, { min = 0 }: { min?: number } = {}) {
	const item = z
		.string({ error: '列表中的每一项应为一行文字' })
		.trim()
		.min(1, '列表中有空行')
		.max(LIMITS.lineLength, `太长：每项最多 ${LIMITS.lineLength} 个字`);
	const schema = z
		.array(item, { error: requiredMessage('文字列表') })
		.min(min, `至少填写 ${min} 项`)
		.max(LIMITS.listLength, LIST_TOO_LONG);
	return withMeta(schema, { ...d, widget: 'list', min });
}

/** A group of fields. */
export function group<T extends z.ZodRawShape>(shape: T, d: Described) {
	return withMeta(z.strictObject(shape, { error: requiredMessage('一组字段') }), { ...d, widget: 'object' });
}

/** A list of rows, each a group of fields. */
export function rows<T extends z.ZodRawShape>(shape: T, d: Described, { min = 0 }: { min?: number } = {}) {
	const schema = z
		.array(z.strictObject(shape, { error: requiredMessage('一组字段') }), { error: requiredMessage('列表') })
		.min(min, `至少填写 ${min} 项`)
		.max(LIMITS.listLength, LIST_TOO_LONG);
	return withMeta(schema, { ...d, widget: 'list', min });
}

/** A file uploaded through the CMS, stored as a site path such as `/files/tools/x.docx`. */
export function file(d: Described) {
	const schema = z
		.string({ error: requiredMessage('文件路径') })
		.regex(/^\/files\/[^\s]+$/, '文件路径应以 /files/ 开头，例如 /files/tools/shenbaoshu.docx');
	return withMeta(schema, { ...d, widget: 'file' });
}

/** The metadata of a field, looking through `.optional()` and `.default()` wrappers. */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
	let current: z.ZodType | undefined = schema;
	while (current) {
		const meta = current.meta() as FieldMeta | undefined;
		if (meta?.widget) return meta;
		const def = current.def as { type: string; innerType?: z.ZodType; in?: z.ZodType };
		current = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
	}
	return undefined;
}

/** A field is required when leaving it out fails validation. */
export function isRequired(schema: z.ZodType): boolean {
	return !schema.safeParse(undefined).success;
}

/** The fields of an object schema built with these builders: every one a full `z.ZodType`. */
export type FieldShape = Record<string, z.ZodType>;

/** The object shape behind a group or rows field, if it is one. */
export function nestedShape(schema: z.ZodType): FieldShape | undefined {
	let current: z.ZodType | undefined = schema;
	while (current) {
		const def = current.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: z.ZodRawShape };
		if (def.type === 'object') return (current as z.ZodObject).shape as FieldShape;
		if (def.type === 'array') return nestedShape(def.element!);
		current = def.innerType;
	}
	return undefined;
}
