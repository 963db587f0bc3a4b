/**
 * A schema's verdict on one file's data, as problems naming the field by its Chinese label and
 * path. An unknown field is named with the closest known one, since it is nearly always a typo
 * (`localty` for `locality`) that would otherwise drop the value from the page without a word.
 */
import type { z } from 'astro/zod';
import { fieldMeta, nestedShape, type FieldShape } from '../../schemas/fields';
import { pageSchema, starlightFieldsNotAllowed } from '../../schemas/pages';
import { showInvisible } from '../text/show-invisible';

export interface FieldProblem {
	field: string;
	message: string;
}

/** `credits.1.org` → `credits[1].org`, the Chinese label of the innermost field and its shape. */
function describePath(shape: FieldShape | undefined, path: PropertyKey[]): { field: string; label: string; shape?: FieldShape } {
	let field = '';
	let label = '';
	let current = shape;
	for (const part of path) {
		if (typeof part === 'number') {
			field += `[${part}]`;
			continue;
		}
		field += field ? `.${String(part)}` : String(part);
		const schema: z.ZodType | undefined = current?.[String(part)];
		const meta = schema && fieldMeta(schema);
		if (meta) label = meta.label;
		current = schema ? nestedShape(schema) : undefined;
	}
	return { field, label, shape: current };
}

function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length];
}

/** The known field an unknown key most likely meant, if any is close enough to be a typo. */
export function closestField(key: string, known: string[]): string | undefined {
	const lower = key.toLowerCase().trim();
	let best: { name: string; distance: number } | undefined;
	for (const name of known) {
		const distance = editDistance(lower, name);
		if (!best || distance < best.distance) best = { name, distance };
	}
	return best && best.distance <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}

function unknownKeyMessage(key: string, shape: FieldShape | undefined, topLevel: boolean): string {
	const known = Object.keys(shape ?? {});
	// Starlight's own page settings are not typos: say why they are not allowed.
	const starlight = topLevel && shape === pageSchema.shape && Object.hasOwn(starlightFieldsNotAllowed, key) ? starlightFieldsNotAllowed[key] : undefined;
	if (starlight) return `页面设置“${key}”不能在内容中使用：它${starlight}。请删除这一项；页面只需要标识、标题、说明、署名和来源`;
	const name = (field: string) => `${field}（${fieldMeta(shape![field])?.label ?? field}）`;
	const close = closestField(key, known);
	if (close) return `不认识的字段“${showInvisible(key)}”，它的内容不会显示。是不是“${name(close)}”？请改正字段名`;
	return `不认识的字段“${showInvisible(key)}”，它的内容不会显示。允许的字段：${known.map(name).join('、')}`;
}

const withPath = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);

const pathKey = (path: PropertyKey[]) => path.map(String).join('\n');

export function schemaProblems(schema: z.ZodType, data: unknown, shape?: FieldShape): FieldProblem[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	// A misspelled required field is one mistake: say "是不是…", not also "必填" for the field it meant.
	const meant = new Set<string>();
	for (const issue of result.error.issues) {
		if (issue.code !== 'unrecognized_keys') continue;
		const owner = issue.path.length ? describePath(shape, issue.path).shape : shape;
		for (const key of issue.keys) {
			const close = closestField(key, Object.keys(owner ?? {}));
			if (close) meant.add(pathKey([...issue.path, close]));
		}
	}
	return result.error.issues.flatMap((issue) => {
		const { field, label, shape: inner } = describePath(shape, issue.path);
		if (issue.code === 'unrecognized_keys') {
			const owner = issue.path.length ? inner : shape;
			return issue.keys.map((key) => ({ field: withPath(field, showInvisible(key)), message: unknownKeyMessage(key, owner, issue.path.length === 0) }));
		}
		if (meant.has(pathKey(issue.path)) && issue.input === undefined) return [];
		return [{ field: label ? `${label}（${field}）` : field, message: issue.message }];
	});
}
