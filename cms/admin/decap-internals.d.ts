/**
 * Types for the two Decap internals the admin reaches into (see decap-backend.ts). Only what we
 * call is declared.
 */
declare module 'decap-cms-core/dist/esm/redux/index.js' {
	export const store: { getState(): { config: unknown } };
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
