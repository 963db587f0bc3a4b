/**
 * Before Decap writes an entry: optional fields the editor emptied are dropped, the entry is
 * written out exactly as it will be stored, and the build's content checks run over what the
 * backend holds with this entry in place (src/lib/cms/save-problems.ts). If the save would break
 * the build, it does not happen: Decap keeps the form as it is, so nothing typed is lost, and the
 * editor reads what to fix, in Chinese.
 */
import { fromJS, type Map as ImmutableMap } from 'immutable';
import type { CMS } from 'decap-cms-core';
import { collections, type CollectionDefinition } from '../../src/schemas';
import type { ContentFile } from '../../src/lib/content/files';
import { formatOf } from '../../src/lib/content/format-of';
import type { ContentProblem } from '../../src/lib/content/check-files';
import { dropEmptyOptional } from '../../src/lib/cms/drop-empty-optional';
import { problemsBeforeSaving } from '../../src/lib/cms/save-problems';
import { parseLikeCms, serialiseLikeCms } from '../../src/lib/cms/serialise';
import type { AdminSetup } from '../config/admin-setup';
import { CONTENT_FOLDER } from '../config/collection-config';
import { readStoredContent, readStoredSettings } from './stored-content';
import { clearSaveProblems, showSaveProblems } from './save-problems-panel';
import type { AdminWording } from './locale';

/** Decap shows a failed save's error in its notification, through `String(error)`. */
class SaveRefused extends Error {
	constructor(problems: ContentProblem[]) {
		super(`内容检查发现 ${problems.length} 个问题（见页面下方的列表），表单内容都还在`);
	}
	toString() {
		return this.message;
	}
}

/** Where the entry will be stored; a new entry is named after its id, as the slug template says. */
function contentFileOf(definition: CollectionDefinition, path: string | undefined, data: Record<string, unknown>, editions: string[]): ContentFile {
	if (definition.kind === 'file') return { path: definition.file, relativePath: definition.file, collection: definition };
	const edition = definition.editioned ? editions.at(-1) : undefined;
	const relativePath = path
		? path.slice(CONTENT_FOLDER.length + 1)
		: `${definition.dir}${edition ? `/${edition}` : ''}/${String(data[definition.idField] ?? '')}.${definition.extension}`;
	return { path: relativePath, relativePath, collection: definition, edition };
}

export function registerSaveChecks(cms: CMS, setup: AdminSetup, wording: AdminWording) {
	cms.registerEventListener({
		name: 'preSave',
		handler: async ({ entry }) => {
			const definition = collections.find((collection) => collection.name === entry.get('collection'));
			if (!definition) return undefined;
			const format = formatOf({ collection: definition });
			const draft = (entry.get('data') as ImmutableMap<string, unknown>).toJS() as Record<string, unknown>;
			const data = dropEmptyOptional(draft, definition.schema.shape);
			const text = serialiseLikeCms(data, format, definition.schema);
			const file = contentFileOf(definition, entry.get('path'), data, setup.editions);
			const [stored, settings] = await Promise.all([readStoredContent(setup.editions), readStoredSettings()]);
			const problems = problemsBeforeSaving(stored, { file, text, isNew: Boolean(entry.get('newRecord')) }, { settings });
			if (problems.length) {
				showSaveProblems(problems, wording.saveAgain);
				throw new SaveRefused(problems);
			}
			clearSaveProblems();
			// What Decap writes is then exactly `text`: nested keys in schema order, as the formatter wants.
			return fromJS(parseLikeCms(text, format));
		},
	});
}
