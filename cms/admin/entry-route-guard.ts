/**
 * The save always writes the entry the address names (src/lib/cms/entry-route.ts). When the
 * address bar opens another entry while the form still holds the previous one, the page is
 * reloaded, so the form is read afresh for the entry shown; and a save is refused outright if the
 * form and the address disagree at that moment, so the wrong file is never written.
 */
import type { CMS } from 'decap-cms-core';
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { collections } from '../../src/schemas';
import { describeFormEntry, describeRoute, entryRouteOf, formMatchesRoute, type FormEntry } from '../../src/lib/cms/entry-route';

/** Decap updates the form a moment after its own navigation (a new entry after 保存并新建 …). */
const SETTLE_MS = 400;

type DraftEntry = { get(key: string): unknown } | undefined;

const formEntryOf = (entry: DraftEntry): FormEntry =>
	entry?.get ? { collection: entry.get('collection') as string, slug: entry.get('slug') as string, newRecord: Boolean(entry.get('newRecord')) } : {};

/** The form as it is between saves; during a save Decap is about to change it itself. */
function settledForm(): FormEntry | undefined {
	const entry = store.getState().entryDraft?.get('entry') as DraftEntry;
	return entry?.get?.('isPersisting') ? undefined : formEntryOf(entry);
}

const labelOf = (name: string | undefined) => collections.find((collection) => collection.name === name)?.labelSingular ?? name;

class WrongEntry extends Error {
	toString() {
		return this.message;
	}
}

function mismatch(form: FormEntry): string | undefined {
	const route = entryRouteOf(window.location.hash);
	if (!route || formMatchesRoute(form, route)) return undefined;
	return `表单里是${labelOf(form.collection)} ${describeFormEntry(form)}，地址栏却是${labelOf(route.collection)} ${describeRoute(route)}`;
}

export function guardEntryRoute(cms: CMS) {
	let reloading = false;
	// Decap asks before leaving a form with unsaved changes; those changes belong to the entry the
	// address no longer names (Decap keeps a local backup of them), so the reload must not be stopped.
	window.addEventListener('beforeunload', (event) => {
		if (reloading) event.stopImmediatePropagation();
	});

	let timer: ReturnType<typeof setTimeout> | undefined;
	const check = () => {
		clearTimeout(timer);
		const form = settledForm();
		if (reloading || !form || !mismatch(form)) return;
		const hash = window.location.hash;
		timer = setTimeout(() => {
			const now = settledForm();
			if (window.location.hash !== hash || !now || !mismatch(now)) return;
			reloading = true;
			window.location.reload();
		}, SETTLE_MS);
	};
	window.addEventListener('hashchange', check);
	store.subscribe(check);

	cms.registerEventListener({
		name: 'preSave',
		handler: ({ entry }: { entry: DraftEntry }) => {
			const wrong = mismatch(formEntryOf(entry));
			if (wrong) throw new WrongEntry(`${wrong}。为了不写错文件，这次没有保存；请刷新页面，重新打开要编辑的条目`);
			return undefined;
		},
	});
}
