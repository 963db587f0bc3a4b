/**
 * Types for the Decap internals the admin reaches into (see decap-backend.ts, entry-route-guard.ts,
 * saved-entry-baseline.ts). Only what we
 * call is declared.
 */
declare module 'decap-cms-core/dist/esm/redux/index.js' {
	type ImmutableMap = { get(key: string): unknown };
	export const store: {
		getState(): { config: unknown; entryDraft?: ImmutableMap; collections: ImmutableMap };
		subscribe(listener: () => void): () => void;
		dispatch(action: { type: string; payload?: unknown }): void;
	};
}

declare module 'decap-cms-core/dist/esm/backend.js' {
	export interface StoredFile {
		file: { path: string };
		data: string;
	}
	export interface DecapUser {
		login?: string;
		name?: string;
		email?: string;
	}
	export interface DecapBackend {
		implementation: {
			allEntriesByFolder?(folder: string, extension: string, depth: number): Promise<StoredFile[]>;
			entriesByFolder(folder: string, extension: string, depth: number): Promise<StoredFile[]>;
			getEntry(path: string): Promise<StoredFile>;
		};
		currentUser(): Promise<DecapUser | null> | DecapUser | null;
	}
	export function currentBackend(config: unknown): DecapBackend;
}

declare module 'decap-cms-core/dist/esm/actions/entries.js' {
	/** The action Decap dispatches when an entry has been read from the backend. */
	export const ENTRY_SUCCESS: string;
}

declare module 'decap-cms-backend-proxy' {
	/** Decap's proxy backend (decap-server); its methods are declared where it is extended. */
	export const ProxyBackend: unknown;
}

/** One locale of decap-cms-locales on its own (its index needs a browser); read by tests/unit/cms-locale.test.ts. */
declare module 'decap-cms-locales/dist/esm/en/index.js' {
	const phrases: Record<string, unknown>;
	export default phrases;
}

declare module 'decap-cms-locales/dist/esm/zh_Hans/index.js' {
	const phrases: Record<string, unknown>;
	export default phrases;
}
