/**
 * The content model: every collection (the registry, registry.ts) and the settings files under
 * content/. `src/content.config.ts`, the site model, the CMS config, the content checks and the
 * search filters all read these lists; nothing else names a collection's folder or fields.
 */
import type { z } from 'astro/zod';
import { frozenEditionsSchema } from './frozen-editions';
import { historyFileSchema } from './history';

export {
	allCollections,
	collections,
	collectionOfSchema,
	getCollectionDefinition,
	perCollection,
	perCollectionAsync,
	relationsOf,
	type Collection,
	type CollectionDefinition,
	type CollectionOf,
	type CollectionName,
	type DataOf,
	type EditionPlace,
	type FileCollection,
	type FileCollectionName,
	type FolderCollection,
	type FolderCollectionName,
	type RegistryEntry,
	type ViewName,
	type Relation,
} from './registry';

/**
 * Configuration files under content/ that are not collections: read and validated like content,
 * never built into pages of their own, not edited in the CMS.
 */
export interface SettingsFile {
	file: string;
	label: string;
	schema: z.ZodType;
}

export const settingsFiles: SettingsFile[] = [
	{ file: 'guide/frozen-editions.yaml', label: '定稿版本指纹', schema: frozenEditionsSchema },
	{ file: 'history.yaml', label: '修订历史说明', schema: historyFileSchema },
];
