/**
 * The whole Decap CMS configuration, generated from the content model in src/schemas: every
 * collection with every field, nothing written by hand. The admin page calls this at build time
 * and hands the result to `CMS.init`.
 */
import { collections } from '../../src/schemas';
import { backendConfig, type BackendSettings } from './backend-config';
import { collectionConfig } from './collection-config';
import type { CmsConfig } from './types';

export interface CmsSettings {
	backend: BackendSettings;
	/** Edition folders of the guide, oldest first; the last one is the current edition. */
	editions: string[];
	/** The published site, for the CMS's "view site" link. */
	siteUrl: string;
}

export function buildCmsConfig(settings: CmsSettings): CmsConfig {
	return {
		load_config_file: false,
		locale: 'zh_Hans',
		...backendConfig(settings.backend),
		site_url: settings.siteUrl,
		display_url: settings.siteUrl,
		// Uploads are the tools' downloadable files; a field may narrow this to public/files/<collection>.
		media_folder: 'public/files',
		public_folder: '/files',
		// Ids are lowercase ASCII (src/schemas/fields.ts ID_PATTERN); keep generated file names that way too.
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		collections: collections.map((definition) => collectionConfig(definition, settings)),
	};
}
