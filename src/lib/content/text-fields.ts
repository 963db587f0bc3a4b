/**
 * Every piece of text in an entry, with the field it is in as editors know it
 * (`背景（background）`, `原话（quotes[0].text）`, `正文`), for checks that look at text wherever
 * it is written and must say where they found it.
 */
import type { z } from 'astro/zod';
import { fieldMeta, nestedShape, type FieldShape } from '../../schemas/fields';
import type { LoadedEntry } from './read-entry';

export interface TextField {
	field: string;
	text: string;
}

function* walk(value: unknown, shape: FieldShape | undefined, path: string, label: string): Generator<TextField> {
	if (typeof value === 'string') {
		yield { field: label ? `${label}（${path}）` : path, text: value };
	} else if (Array.isArray(value)) {
		for (const [index, item] of value.entries()) yield* walk(item, shape, `${path}[${index}]`, label);
	} else if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			const schema: z.ZodType | undefined = shape?.[key];
			const inner = schema ? nestedShape(schema) : undefined;
			yield* walk(item, inner, path ? `${path}.${key}` : key, (schema && fieldMeta(schema)?.label) ?? label);
		}
	}
}

export function textFields(entry: LoadedEntry): TextField[] {
	const fields = [...walk(entry.data, entry.file.collection.schema.shape as FieldShape, '', '')];
	return entry.body ? [{ field: '正文', text: entry.body }, ...fields] : fields;
}
