/**
 * Reader data kept on the device only (DESIGN: checklist ticks, curriculum progress): a JSON value
 * per key in localStorage. Storage can be missing or blocked (private mode, full quota): reads then
 * give the fallback and writes are dropped, and the page keeps working for this visit.
 */

export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export function readJson<T>(store: KeyValueStore | undefined, key: string, fallback: T): T {
	try {
		const text = store?.getItem(key);
		return text ? (JSON.parse(text) as T) : fallback;
	} catch {
		return fallback;
	}
}

export function writeJson(store: KeyValueStore | undefined, key: string, value: unknown): void {
	try {
		store?.setItem(key, JSON.stringify(value));
	} catch {
		// Blocked or full: the ticks last as long as the page.
	}
}

export function removeKey(store: KeyValueStore | undefined, key: string): void {
	try {
		store?.removeItem(key);
	} catch {
		// As above.
	}
}

/** localStorage if the browser lets this page use it. */
export function deviceStore(): KeyValueStore | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}
