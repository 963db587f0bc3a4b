/**
 * One collection of src/schemas → one Decap collection: where its files are, how they are named
 * and written, and its fields in schema order (Decap writes keys in that order, see
 * src/lib/cms/serialise.ts). Entries cannot be deleted in the CMS: other entries point at them by
 * id, and Decap has no hook that could stop a deletion that breaks the build.
 */
import type { z } from 'astro/zod';
import type { CollectionDefinition } from '../../src/schemas';
import { fieldConfig } from './field-config';
import { namingFields } from './relation-options';
import type { CmsCollection, CmsField } from './types';

/** The content folder, relative to the repository root the backend works in. */
export const CONTENT_FOLDER = 'content';

export interface EditionLayout {
	/** Edition folders of the guide, oldest first; the last one is the current edition. */
	editions: string[];
}

function fieldsOf(definition: CollectionDefinition): CmsField[] {
	const context = { collection: definition.name };
	const shape = definition.schema.shape as Record<string, z.ZodType>;
	const fields = Object.entries(shape).map(([name, schema]) => fieldConfig(name, schema, context));
	if (definition.kind === 'folder' && definition.body) fields.push(fieldConfig('body', definition.body, context));
	return fields;
}

/** Only the current edition of the guide is edited; older editions are frozen history. */
function guideDescription(definition: CollectionDefinition, { editions }: EditionLayout): string {
	const current = editions.at(-1);
	const frozen = editions.slice(0, -1);
	const note = frozen.length
		? `这里只能编辑现行的 ${current} 版；${frozen.map((e) => `${e} 版`).join('、')}已冻结，不能在这里修改。`
		: `这里编辑现行的 ${current} 版。`;
	return `${definition.description}。${note}`;
}

export function collectionConfig(definition: CollectionDefinition, layout: EditionLayout): CmsCollection {
	const common = {
		name: definition.name,
		label: definition.label,
		label_singular: definition.labelSingular,
		editor: { preview: true },
	};
	if (definition.kind === 'file') {
		return {
			...common,
			description: definition.description,
			delete: false,
			files: [{ name: definition.name, label: definition.label, file: `${CONTENT_FOLDER}/${definition.file}`, fields: fieldsOf(definition) }],
		};
	}
	const current = layout.editions.at(-1);
	if (definition.editioned && !current) throw new Error(`${definition.name}: no edition folder under ${CONTENT_FOLDER}/${definition.dir}/`);
	const naming = namingFields(Object.keys(definition.schema.shape));
	return {
		...common,
		description: definition.editioned ? guideDescription(definition, layout) : definition.description,
		folder: `${CONTENT_FOLDER}/${definition.dir}${definition.editioned ? `/${current}` : ''}`,
		extension: definition.extension,
		format: definition.extension === 'md' ? 'yaml-frontmatter' : 'yml',
		create: true,
		delete: false,
		// The file is named after the entry's id, which the editor types into the form.
		slug: `{{fields.${definition.idField}}}`,
		identifier_field: naming.at(-1) ?? definition.idField,
		summary: naming.map((field) => `{{fields.${field}}}`).join(' '),
		fields: fieldsOf(definition),
	};
}
