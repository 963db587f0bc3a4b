/**
 * Every string an entry holds, each with its field path, the field's Chinese label and declared
 * privacy (from src/schemas), and the line of the file it starts on, so a finding in it can be
 * reported as “背景（background）第 3 行”.
 */
import { LineCounter, parseDocument, isScalar } from 'yaml';
import { fieldMeta, nestedShape, type FieldMeta, type FieldShape } from '../../schemas/fields';
import type { CollectionDefinition } from '../../schemas';

export interface EntryString {
	/** `quotes[0].text`, or `body` for the Markdown body. */
	path: string;
	label: string;
	privacy?: FieldMeta['privacy'];
	widget?: FieldMeta['widget'];
	value: string;
	/** Line of the file on which the value's first line stands (read on demand: it parses the YAML again). */
	readonly line: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function lineOfValue(text: string, format: 'md' | 'yaml') {
	const frontmatter = format === 'md' ? FRONTMATTER.exec(text) : null;
	const source = frontmatter ? frontmatter[1] : format === 'yaml' ? text : '';
	const offset = frontmatter ? 1 : 0;
	const counter = new LineCounter();
	const doc = parseDocument(source, { lineCounter: counter });
	return (path: (string | number)[]): number => {
		const node = doc.getIn(path, true);
		if (!isScalar(node) || !node.range) return offset + 1;
		const line = counter.linePos(node.range[0]).line;
		// A block scalar (| or >) starts on the line after its indicator.
		return offset + line + (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? 1 : 0);
	};
}

export function* entryStrings(collection: CollectionDefinition, data: Record<string, unknown>, body: string, text: string): Generator<EntryString> {
	const format = collection.kind === 'folder' && collection.extension === 'md' ? 'md' : 'yaml';
	let lineOfPath: ReturnType<typeof lineOfValue> | undefined;
	const lineOf = (path: (string | number)[]) => (lineOfPath ??= lineOfValue(text, format))(path);
	function* walk(shape: FieldShape | undefined, value: unknown, path: (string | number)[], meta: FieldMeta | undefined): Generator<EntryString> {
		if (typeof value === 'string') {
			const field = path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');
			yield {
				path: field,
				label: meta?.label ?? field,
				privacy: meta?.privacy,
				widget: meta?.widget,
				value,
				get line() {
					return lineOf(path);
				},
			};
			return;
		}
		if (Array.isArray(value)) {
			for (const [index, item] of value.entries()) yield* walk(shape, item, [...path, index], meta);
			return;
		}
		if (!value || typeof value !== 'object') return;
		for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
			const schema = shape?.[key];
			const innerMeta = schema ? fieldMeta(schema) : undefined;
			// A row inherits its list's privacy unless its own field declares one.
			const merged = innerMeta ? { ...innerMeta, privacy: innerMeta.privacy ?? meta?.privacy } : meta && { ...meta, label: key };
			yield* walk(schema ? nestedShape(schema) : undefined, inner, [...path, key], merged);
		}
	}
	yield* walk(collection.schema.shape as FieldShape, data, [], undefined);
	if (body) {
		const bodyStart = text.length - body.length;
		const line = text.slice(0, bodyStart).split('\n').length;
		const meta = collection.kind === 'folder' && collection.body ? fieldMeta(collection.body) : undefined;
		yield { path: 'body', label: meta?.label ?? '正文', widget: 'markdown', value: body, line };
	}
}
