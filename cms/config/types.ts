/**
 * The parts of Decap CMS's configuration we generate. Decap validates the whole object itself when
 * it starts; these types only keep the generator honest.
 */

export interface CmsField {
	name: string;
	label: string;
	widget: string;
	required: boolean;
	hint?: string;
	default?: unknown;
	/** Widget options (options, pattern, min, collection, fields …). */
	[option: string]: unknown;
}

interface CmsCollectionBase {
	name: string;
	label: string;
	label_singular: string;
	description: string;
	editor: { preview: boolean };
}

export interface CmsFolderCollection extends CmsCollectionBase {
	folder: string;
	extension: 'md' | 'yaml';
	format: 'yaml-frontmatter' | 'yml';
	create: boolean;
	delete: boolean;
	slug: string;
	identifier_field: string;
	summary: string;
	fields: CmsField[];
}

export interface CmsFileCollection extends CmsCollectionBase {
	delete: boolean;
	files: { name: string; label: string; file: string; fields: CmsField[] }[];
}

export type CmsCollection = CmsFolderCollection | CmsFileCollection;

export interface CmsBackend {
	name: string;
	[option: string]: unknown;
}

export interface CmsConfig {
	load_config_file: false;
	locale: string;
	backend: CmsBackend;
	local_backend?: { url: string; allowed_hosts: string[] };
	publish_mode?: 'editorial_workflow';
	site_url: string;
	display_url: string;
	media_folder: string;
	public_folder: string;
	slug: { encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string };
	collections: CmsCollection[];
}
