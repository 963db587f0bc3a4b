/**
 * Reads and writes content files exactly the way Decap CMS does, using Decap's own formatters
 * (decap-cms-core's frontmatter and YAML formats). A file that has been through `serialiseLikeCms`
 * is a fixed point: opening and saving it in the CMS leaves it byte-identical.
 */
import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import yamlFormat from 'decap-cms-core/dist/esm/formats/yaml.js';
import type { z } from 'astro/zod';
import { nestedShape } from '../../schemas/fields';

type Data = Record<string, unknown>;

const markdownFormat = frontmatterYAML();

export function parseLikeCms(text: string, format: 'md' | 'yaml'): Data {
	return format === 'md' ? markdownFormat.fromFile(text) : yamlFormat.fromFile(text);
}

/**
 * Decap orders top-level keys by the collection's field order. Rows created in the CMS get their
 * keys in field order too, so nested objects are put in that order here as well.
 */
function orderNested(value: unknown, shape: z.ZodRawShape | undefined): unknown {
	if (!shape) return value;
	if (Array.isArray(value)) return value.map((item) => orderNested(item, shape));
	if (value === null || typeof value !== 'object') return value;
	const keys = Object.keys(shape);
	const entries = Object.entries(value as Data).sort(
		([a], [b]) => rank(keys, a) - rank(keys, b),
	);
	return Object.fromEntries(entries.map(([key, inner]) => [key, orderNested(inner, shape[key] && nestedShape(shape[key] as z.ZodType))]));
}

const rank = (keys: string[], key: string) => (keys.includes(key) ? keys.indexOf(key) : keys.length);

export function serialiseLikeCms(data: Data, format: 'md' | 'yaml', schema: z.ZodObject): string {
	const shape = schema.shape;
	const keys = [...Object.keys(shape), 'body'];
	const ordered = orderNested(data, shape) as Data;
	return format === 'md' ? markdownFormat.toFile(ordered, keys) : yamlFormat.toFile(ordered, keys);
}
