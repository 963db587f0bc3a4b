/**
 * Frontmatter (or a YAML entry) compared field by field, each change shown as
 * 字段名：旧值 → 新值 with the field's label from src/schemas/. Values are written as a reader
 * would say them, never as YAML.
 */
import type { z } from 'astro/zod';
import { fieldMeta, nestedShape, type FieldShape, type RelationTarget } from '../../schemas/fields';
import { diffBlocks, type BlockDiff } from './block-diff';
import type { TextBlock } from './text-blocks';

export interface FieldChange {
	field: string;
	label: string;
	/** Absent when the field was added. */
	before?: string;
	/** Absent when the field was removed. */
	after?: string;
	/** For long texts: the change inside the value, paragraph by paragraph. */
	blocks?: BlockDiff[];
}

/** Beyond this length, old → new would repeat a paragraph twice: the change is shown inside it. */
const LONG_VALUE = 60;

const paragraphsOf = (text: string): TextBlock[] =>
	text
		.split(/\n\s*\n/)
		.map((paragraph) => paragraph.replace(/\s*\n\s*/g, '').trim())
		.filter(Boolean)
		.map((paragraph) => ({ kind: 'paragraph', text: paragraph }));

/** The name readers know an entry by, for a relation's id (organisation names, case titles …). */
export type EntryName = (collection: RelationTarget, id: string) => string | undefined;

/** A field's value as a reader would say it: lists joined with 、, rows with ；, ids as names. */
export function valueText(value: unknown, field?: z.ZodType, nameOf?: EntryName): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'boolean') return value ? '是' : '否';
	const meta = field ? fieldMeta(field) : undefined;
	if (Array.isArray(value)) {
		const joiner = value.some((item) => item && typeof item === 'object') ? '；' : '、';
		return value.map((item) => valueText(item, field, nameOf)).filter(Boolean).join(joiner);
	}
	if (typeof value === 'object') {
		const shape = field ? nestedShape(field) : undefined;
		return Object.entries(value as Record<string, unknown>)
			.map(([key, item]) => valueText(item, shape?.[key], nameOf))
			.filter(Boolean)
			.join(' · ');
	}
	const text = String(value).trim();
	if (meta?.widget === 'relation' && meta.collection) return nameOf?.(meta.collection, text) ?? text;
	return text;
}

export function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, shape: FieldShape = {}, nameOf?: EntryName): FieldChange[] {
	const keys = [...new Set([...Object.keys(shape), ...Object.keys(before), ...Object.keys(after)])].filter((key) => key !== 'body');
	const changes: FieldChange[] = [];
	for (const key of keys) {
		if (!(key in before) && !(key in after)) continue;
		const field = shape[key];
		const old = key in before ? valueText(before[key], field, nameOf) : undefined;
		const now = key in after ? valueText(after[key], field, nameOf) : undefined;
		if ((old ?? '') === (now ?? '')) continue;
		const change: FieldChange = { field: key, label: (field && fieldMeta(field)?.label) || key, before: old || undefined, after: now || undefined };
		if (typeof before[key] === 'string' && typeof after[key] === 'string' && old && now && old.length + now.length > LONG_VALUE * 2) {
			change.blocks = diffBlocks(paragraphsOf(before[key] as string), paragraphsOf(after[key] as string));
		}
		changes.push(change);
	}
	return changes;
}
