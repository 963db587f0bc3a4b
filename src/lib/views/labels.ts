/** Titles of a page's parts, read from the schema fields they show: no label is typed twice. */
import type { z } from 'astro/zod';
import { fieldMeta, nestedShape } from '../../schemas/fields';

export const labelOf = (schema: z.ZodObject, field: string): string => fieldMeta(schema.shape[field] as z.ZodType)?.label ?? field;

/** The labels of the fields of each row of a list-of-objects field, in schema order or as asked. */
export function columnLabels(schema: z.ZodObject, field: string, columns: string[]): string[] {
	const shape = nestedShape(schema.shape[field] as z.ZodType) ?? {};
	return columns.map((column) => (shape[column] ? fieldMeta(shape[column])?.label ?? column : column));
}
