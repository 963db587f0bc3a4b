/**
 * The open data: cases and briefs as tables, their columns derived from the schemas. A field holding
 * one value, a list of values or a group becomes columns of the entry's table; a field holding rows
 * (credits, status history, figures …) or ids of other entries (a brief's evidence cases) becomes a
 * table of its own with the entry's id in its first column, so nothing is flattened into a cell
 * that a spreadsheet cannot filter.
 */
import type { z } from 'astro/zod';
import { fieldMeta, nestedShape, isRequired, type FieldMeta, type FieldShape } from '../../schemas/fields';
import type { CollectionName } from '../../schemas';

/** Several values in one cell: the Chinese enumeration comma never occurs inside a taxonomy value. */
export const LIST_SEPARATOR = '；';

/**
 * Exports carry what the site publishes: never a field marked not-published, nor the reviewed
 * personal-data exceptions, which are editors' review notes and appear on no page.
 */
const UNPUBLISHED_FIELDS = new Set(['privacy_exceptions']);

export interface Column {
	/** Header of the column in the CSV: the Chinese label, with its group's for a group's field. */
	header: string;
	/** Path of the value in an entry's data, e.g. `period.start`. */
	path: string;
	hint: string;
	required: boolean;
	/** For a choice field: the values the schema allows. */
	allowed?: readonly string[];
	/** For a relation: the collection the ids point into. */
	relation?: string;
	multiple: boolean;
}

export interface ExportTable {
	/** File name without extension, e.g. `cases` or `briefs-evidence_cases`. */
	name: string;
	/** What one row is, in Chinese. */
	title: string;
	columns: Column[];
	/** For a child table: the field of the entry it unfolds. */
	field?: string;
}

const columnOf = (path: string, header: string, meta: FieldMeta, schema: z.ZodType): Column => ({
	header,
	path,
	hint: meta.hint,
	required: isRequired(schema),
	allowed: meta.options,
	relation: meta.collection,
	multiple: Boolean(meta.multiple) || meta.widget === 'list',
});

const published = (shape: FieldShape) =>
	Object.entries(shape).filter(([name, schema]) => !UNPUBLISHED_FIELDS.has(name) && fieldMeta(schema)?.privacy !== 'not-published');

/** The entry's own table and one table per rows or relation-list field. */
export function exportTables(collection: CollectionName, title: string, shape: FieldShape, idField: string): ExportTable[] {
	const idMeta = fieldMeta(shape[idField])!;
	const idColumn = columnOf(idField, idMeta.label, idMeta, shape[idField]);
	const main: ExportTable = { name: collection, title, columns: [] };
	const children: ExportTable[] = [];
	for (const [name, schema] of published(shape)) {
		const meta = fieldMeta(schema);
		if (!meta) continue;
		const nested = nestedShape(schema);
		if (nested && meta.widget === 'list') {
			const columns = published(nested).map(([child, childSchema]) => columnOf(child, fieldMeta(childSchema)!.label, fieldMeta(childSchema)!, childSchema));
			children.push({ name: `${collection}-${name}`, title: `${title}的${meta.label}`, field: name, columns: [idColumn, ...columns] });
		} else if (nested) {
			for (const [child, childSchema] of published(nested)) main.columns.push(columnOf(`${name}.${child}`, `${meta.label}·${fieldMeta(childSchema)!.label}`, fieldMeta(childSchema)!, childSchema));
		} else if (meta.widget === 'relation' && meta.multiple) {
			main.columns.push(columnOf(name, meta.label, meta, schema));
			const target = columnOf(name, meta.label, { ...meta, multiple: false }, schema);
			children.push({ name: `${collection}-${name}`, title: `${title}的${meta.label}`, field: name, columns: [idColumn, { ...target, multiple: false }] });
		} else {
			main.columns.push(columnOf(name, meta.label, meta, schema));
		}
	}
	return [main, ...children];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

const valueAt = (data: Data, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as Data | undefined)?.[key], data);

export function cellOf(value: unknown): string {
	if (value === undefined || value === null) return '';
	if (Array.isArray(value)) return value.map(cellOf).join(LIST_SEPARATOR);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value);
}

/** The table's rows for a list of entries' data, in the entries' order. */
export function tableRows(table: ExportTable, entries: readonly Data[], idField: string): string[][] {
	if (!table.field) return entries.map((data) => table.columns.map((column) => cellOf(valueAt(data, column.path))));
	const [, ...rest] = table.columns;
	return entries.flatMap((data) => {
		const value = (data[table.field!] ?? []) as unknown[];
		return value.map((row) => [cellOf(data[idField]), ...rest.map((column) => cellOf(typeof row === 'object' && row !== null ? valueAt(row as Data, column.path) : row))]);
	});
}
