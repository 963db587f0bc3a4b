/**
 * Decap keeps a field the editor typed into and emptied again as '' (or null, for a cleared
 * choice), but the schema reads an optional field that is present and empty as an error. Before
 * saving, such fields are dropped, as if they had never been touched. Required fields are kept
 * empty, so that the check names them.
 */
import type { z } from 'astro/zod';
import { isRequired, nestedShape } from '../../schemas/fields';

type Data = Record<string, unknown>;

const isBlank = (value: unknown) => value === '' || value === null || value === undefined;
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

function dropInside(value: unknown, shape: z.ZodRawShape): unknown {
	if (Array.isArray(value)) return value.map((item) => dropInside(item, shape));
	return isObject(value) ? dropEmptyOptional(value, shape) : value;
}

export function dropEmptyOptional(data: Data, shape: z.ZodRawShape): Data {
	const kept: Data = {};
	for (const [key, value] of Object.entries(data)) {
		const schema = shape[key] as z.ZodType | undefined;
		if (schema && isBlank(value) && !isRequired(schema)) continue;
		const inner = schema && nestedShape(schema);
		kept[key] = inner ? dropInside(value, inner) : value;
	}
	return kept;
}
