/**
 * After a save, what was saved becomes what the form compares against. Decap decides whether the
 * form has changes by comparing it with the entry as it was last read, and does not read an
 * entry again after saving it under the same name: so after changing 甲 to 乙 and saving, typing
 * 甲 back counted as “no changes”, the save button stayed disabled and the file kept 乙.
 *
 * Only where a save writes the entry itself (the local backend, no editorial workflow): with the
 * workflow, the entry read is the published one, which a save does not change.
 */
import type { CMS } from 'decap-cms-core';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { ENTRY_SUCCESS } from 'decap-cms-core/dist/esm/actions/entries.js';

type DraftEntry = { get(key: string): unknown; delete(key: string): DraftEntry; toJS(): Record<string, unknown> };

export function keepSavedEntryAsBaseline(cms: CMS) {
	cms.registerEventListener({
		name: 'postSave',
		handler: () => {
			// The form as the editor left it, not the normalised text preSave had written.
			const draft = store.getState().entryDraft?.get('entry') as DraftEntry | undefined;
			if (!draft || draft.get('newRecord') || !draft.get('slug')) return; // Decap reads a new entry again itself
			const entry = draft.delete('isPersisting').toJS();
			store.dispatch({ type: ENTRY_SUCCESS, payload: { collection: draft.get('collection'), entry } });
		},
	});
}
