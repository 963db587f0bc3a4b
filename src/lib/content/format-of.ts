/** Whether a content file is Markdown with frontmatter or plain YAML. */
import type { ContentFile } from './files';

export function formatOf(file: Pick<ContentFile, 'collection'>): 'md' | 'yaml' {
	return file.collection.kind === 'folder' && file.collection.extension === 'md' ? 'md' : 'yaml';
}
