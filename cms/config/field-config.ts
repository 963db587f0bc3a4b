/**
 * One schema field → one Decap field. Label, hint, widget, options, pattern and bounds come from
 * the metadata the field builders attach (src/schemas/fields.ts); whether the field is required,
 * and its default, come from the Zod type itself, so the form can never disagree with the build.
 */
import type { z } from 'astro/zod';
import { fieldMeta, isRequired, nestedShape, type FieldMeta } from '../../src/schemas/fields';
import { credits } from '../../src/schemas/shared';
import { creditRoles } from '../../src/schemas/taxonomies';
import { relationOptions } from './relation-options';
import type { CmsField } from './types';

/**
 * The organisation of a credit row: Decap's relation widget, registered under its own name by the
 * admin so that a new entry starts out crediting the editor's own organisation.
 */
export const CREDIT_ORGANISATION_WIDGET = 'credit-organisation';

export interface FieldContext {
	/** The collection the field belongs to; uploads go to public/files/<collection>/. */
	collection: string;
	/** Set for the sub-fields of the shared `credits` rows. */
	inCredits?: boolean;
}

/** The value an untouched field gets from the schema, if the schema gives one. */
function schemaDefault(schema: z.ZodType): unknown {
	const result = schema.safeParse(undefined);
	return result.success ? result.data : undefined;
}

function subFields(schema: z.ZodType, context: FieldContext): CmsField[] {
	const shape = (nestedShape(schema) ?? {}) as Record<string, z.ZodType>;
	const inner = { ...context, inCredits: schema === credits };
	return Object.entries(shape).map(([name, field]) => fieldConfig(name, field, inner));
}

type WidgetOptions = { widget: string; [option: string]: unknown };

/** Only the options a widget reads; an absent bound stays absent. */
function bounds(meta: FieldMeta, { skipZeroMin = true } = {}) {
	return {
		...(meta.min !== undefined && !(skipZeroMin && meta.min === 0) && { min: meta.min }),
		...(meta.max !== undefined && { max: meta.max }),
	};
}

function widgetOptions(name: string, schema: z.ZodType, meta: FieldMeta, context: FieldContext): WidgetOptions {
	switch (meta.widget) {
		case 'string':
			return { widget: 'string', ...(meta.pattern && { pattern: [meta.pattern.source, meta.pattern.message] }) };
		case 'text':
			return { widget: 'text' };
		case 'markdown':
			// Raw mode only: the rich-text editor rewrites Markdown it did not write (see DESIGN.md).
			return { widget: 'markdown', modes: ['raw'], editor_components: [] };
		case 'select':
			return { widget: 'select', options: [...(meta.options ?? [])], ...(meta.multiple && { multiple: true, ...bounds(meta) }) };
		case 'relation':
			return {
				widget: context.inCredits && !meta.multiple ? CREDIT_ORGANISATION_WIDGET : 'relation',
				...relationOptions(meta.collection!),
				...(meta.multiple && { multiple: true, ...bounds(meta) }),
			};
		case 'date':
			return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
		case 'number':
			return { widget: 'number', value_type: 'int', ...bounds(meta, { skipZeroMin: false }) };
		case 'boolean':
			return { widget: 'boolean' };
		case 'list': {
			const fields = subFields(schema, context);
			// A collapsed row shows its summary; an empty one makes Decap print “No <field name>” in English.
			const items = fields.length
				? { fields, summary: `${fields[0].label}：{{fields.${fields[0].name}}}` }
				: { field: { name: 'item', label: meta.label, widget: 'string', required: true } };
			return { widget: 'list', collapsed: false, ...items, ...bounds(meta) };
		}
		case 'object':
			return { widget: 'object', collapsed: false, fields: subFields(schema, context) };
		case 'file':
			return { widget: 'file', choose_url: false, media_folder: `/public/files/${context.collection}`, public_folder: `/files/${context.collection}` };
		default:
			throw new Error(`Field ${name}: no CMS widget for ${String(meta.widget)}`);
	}
}

export function fieldConfig(name: string, schema: z.ZodType, context: FieldContext): CmsField {
	const meta = fieldMeta(schema);
	if (!meta) throw new Error(`Field ${name} in ${context.collection} was not declared with a builder from src/schemas/fields.ts`);
	// A new entry starts with one credit row: the editor's organisation (filled in by the
	// credit-organisation widget) as the one who wrote it.
	const fallback = schema === credits ? [{ role: creditRoles[0] }] : schemaDefault(schema);
	// Empty lists need no default: a missing list and an empty one mean the same to the schema.
	const hasDefault = fallback !== undefined && !(Array.isArray(fallback) && fallback.length === 0);
	return {
		name,
		label: meta.label,
		hint: meta.hint,
		required: isRequired(schema),
		...(hasDefault && { default: fallback }),
		...widgetOptions(name, schema, meta, context),
	};
}
