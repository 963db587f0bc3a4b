/**
 * The facts table of an entry of a collection without a page of its own: every one-value or
 * list field of its schema, labelled as the schema labels it. Bodies, credits, ids, the title and
 * the fields only the check reads (personal-data exceptions) are shown elsewhere or not at all.
 */
import type { CollectionDefinition } from '../../schemas';
import { fieldMeta, type FieldShape } from '../../schemas/fields';
import type { FactRow } from './facts';

const SHOWN = new Set(['string', 'text', 'select', 'date', 'number', 'list']);
const NOT_FACTS = new Set(['title', 'credits', 'privacy_exceptions']);

export function schemaFacts(definition: CollectionDefinition, data: Record<string, unknown>): FactRow[] {
	const idField = definition.kind === 'folder' ? definition.idField : undefined;
	return Object.entries(definition.schema.shape as FieldShape).flatMap(([field, schema]): FactRow[] => {
		const meta = fieldMeta(schema);
		const value = data[field];
		if (!meta || !SHOWN.has(meta.widget) || field === idField || NOT_FACTS.has(field) || value === undefined) return [];
		if (Array.isArray(value)) return value.every((item) => typeof item !== 'object') ? [{ label: meta.label, value: value.map(String) }] : [];
		return [{ label: meta.label, value: String(value) }];
	});
}
