/**
 * What changed in one content file, as a reader would put it: its fields (labels from the
 * collection's schema) and its body, block by block. Used by 修订记录 for every change.
 */
import { parse } from 'yaml';
import { collections, type CollectionDefinition } from '../../schemas';
import type { FieldShape } from '../../schemas/fields';
import { diffBlocks, type BlockDiff } from './block-diff';
import { fieldChanges, type EntryName, type FieldChange } from './field-changes';
import { markdownBlocks, visibleLength, type TextBlock } from './text-blocks';

export interface FileDiff {
	fields: FieldChange[];
	blocks: BlockDiff[];
}

/** The collection a content path belongs to (`cases/x.md`, `guide/2025/intro.md`, `glossary.yaml`). */
export function collectionOfPath(path: string): CollectionDefinition | undefined {
	return (collections as readonly CollectionDefinition[]).find((collection) =>
		collection.kind === 'file' ? collection.file === path : path.startsWith(`${collection.dir}/`) && path.endsWith(`.${collection.extension}`),
	);
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

interface ParsedFile {
	data: Record<string, unknown>;
	body: TextBlock[];
}

/** Never throws: a version that no longer parses (history keeps broken states too) is read as text. */
function parseVersion(text: string, yamlOnly: boolean): ParsedFile {
	try {
		if (yamlOnly) return { data: (parse(text) ?? {}) as Record<string, unknown>, body: [] };
		const match = FRONTMATTER.exec(text);
		if (!match) return { data: {}, body: markdownBlocks(text) };
		return { data: (parse(match[1]) ?? {}) as Record<string, unknown>, body: markdownBlocks(text.slice(match[0].length)) };
	} catch {
		return { data: {}, body: text.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => ({ kind: 'paragraph', text: p.trim() })) };
	}
}

const isYamlPath = (path: string) => /\.ya?ml$/.test(path);

/** `nameOf` turns the ids of relation fields into the names readers know (organisations, cases …). */
export function fileDiff(path: string, before: string, after: string, nameOf?: EntryName): FileDiff {
	const shape = (collectionOfPath(path)?.schema.shape ?? {}) as FieldShape;
	const old = parseVersion(before, isYamlPath(path));
	const now = parseVersion(after, isYamlPath(path));
	return { fields: fieldChanges(old.data, now.data, shape, nameOf), blocks: diffBlocks(old.body, now.body) };
}

/** Characters of a file's body text as readers see it; frontmatter and Markdown syntax not counted. */
export function bodyLength(path: string, text: string): number {
	if (isYamlPath(path)) return 0;
	// The frontmatter is not read: only the body counts, and parsing YAML for nothing cost every created file's history page a millisecond.
	const match = FRONTMATTER.exec(text);
	return visibleLength(markdownBlocks(match ? text.slice(match[0].length) : text));
}

export const fileChanged = (diff: FileDiff) => diff.fields.length > 0 || diff.blocks.some((block) => block.status !== 'same');
