/**
 * The folders the media library lists: the media folder itself and every folder a field uploads
 * to (`media_folder` of a file field, e.g. /public/files/tools), as the generated CMS config says.
 * decap-server lists one folder at a time and cannot list folders, so these come from the config.
 */
interface FieldLike {
	media_folder?: string;
	fields?: FieldLike[];
	field?: FieldLike;
}

interface ConfigLike {
	media_folder?: string;
	collections: { fields?: FieldLike[]; files?: { fields?: FieldLike[] }[] }[];
}

const clean = (folder: string) => folder.replace(/^\/+|\/+$/g, '');

function* fieldFolders(fields: FieldLike[] = []): Generator<string> {
	for (const field of fields) {
		if (field.media_folder) yield clean(field.media_folder);
		yield* fieldFolders(field.fields);
		if (field.field) yield* fieldFolders([field.field]);
	}
}

export function configuredMediaFolders(config: ConfigLike): string[] {
	const folders = config.collections.flatMap((collection) => [...fieldFolders(collection.fields), ...(collection.files ?? []).flatMap((file) => [...fieldFolders(file.fields)])]);
	return [...new Set(folders)];
}

/** `root` and the configured folders inside it, each once, in path order. */
export function mediaFolders(root: string, configured: string[]): string[] {
	const base = clean(root);
	return [...new Set([base, ...configured.map(clean).filter((folder) => folder.startsWith(`${base}/`))])].sort();
}
