/**
 * Options of a relation widget pointing into another collection: the stored value is the target's
 * id field, the choice shows its Chinese title or name. A relation into `guide` lists the sections
 * of the current edition, because that is the only edition the CMS's `guide` collection holds.
 */
import { collections } from '../../src/schemas';
import type { RelationTarget } from '../../src/schemas/fields';

/** Fields that name an entry to a reader, in the order they are shown (`3 入户前的准备`). */
const NAMING_FIELDS = ['section_no', 'title', 'name'];
/** Also searched when typing into the widget. */
const SEARCH_ONLY_FIELDS = ['short_name'];

/** The fields an entry of this schema is shown by, in the CMS's lists and relation choices. */
export function namingFields(fields: string[]): string[] {
	return NAMING_FIELDS.filter((field) => fields.includes(field));
}

export function relationOptions(target: RelationTarget) {
	const definition = collections.find((collection) => collection.name === target);
	if (definition?.kind !== 'folder') throw new Error(`Relation target ${target} is not a folder collection`);
	const fields = Object.keys(definition.schema.shape);
	const display = namingFields(fields);
	const searchable = [...display, ...SEARCH_ONLY_FIELDS.filter((field) => fields.includes(field)), definition.idField];
	return {
		collection: target,
		value_field: definition.idField,
		display_fields: display.length ? display : [definition.idField],
		search_fields: [...new Set(searchable)],
		// Decap shows 20 choices before anything is typed; the network's lists are a little longer.
		options_length: 50,
	};
}
