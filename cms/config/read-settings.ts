/**
 * Reads, at build time, what the generated CMS configuration depends on besides the schemas: the
 * backend (environment variables) and the guide's edition folders (the content folder).
 */
import { listContentFiles } from '../../src/lib/content/files';
import { readBackendSettings } from './backend-config';
import type { CmsSettings } from './build-config';

type Env = Record<string, string | undefined>;

export function editionFolders(contentDir: string): string[] {
	const editions = listContentFiles(contentDir).flatMap((file) => (file.edition ? [file.edition] : []));
	return [...new Set(editions)].sort();
}

export function readCmsSettings(env: Env, contentDir: string, siteUrl: string): CmsSettings {
	return { backend: readBackendSettings(env), editions: editionFolders(contentDir), siteUrl };
}
