/**
 * The one reading of a content file's text: control characters, YAML (dates kept as written),
 * the collection's schema and the body. The content check, the Astro loaders and the CMS save
 * check all call this, so what passes the check is exactly what the build stores.
 */
import type { z } from 'astro/zod';
import type { FieldShape } from '../../schemas/fields';
import type { CollectionDefinition, SettingsFile } from '../../schemas';
import { findControlCharacters } from './control-characters';
import { processWide } from '../process-wide';
import { parseContent } from './parse';
import type { ContentProblem } from './problem';
import { schemaProblems } from './schema-problems';

/** A content file that belongs to a collection. */
export interface ContentFile {
	/** Absolute path (in the CMS: the path in the repository). */
	path: string;
	/** Path relative to the content root, e.g. `cases/foo.md`. */
	relativePath: string;
	collection: CollectionDefinition;
	/** For editioned collections: the edition folder. */
	edition?: string;
}

/** A file that passed its schema: its id, its data as written (validated) and its body. */
export interface LoadedEntry {
	file: ContentFile;
	id: string;
	data: Record<string, unknown>;
	body: string;
}

export interface ReadEntry {
	entry?: LoadedEntry;
	problems: ContentProblem[];
	/** The entry's id, also when the file is broken, so references to it are not reported again. */
	id: string;
}

export function formatOf(file: Pick<ContentFile, 'collection'>): 'md' | 'yaml' {
	return file.collection.kind === 'folder' && file.collection.extension === 'md' ? 'md' : 'yaml';
}

const stem = (path: string) => path.split('/').at(-1)!.replace(/\.[^.]*$/, '');

interface Structured {
	data?: Record<string, unknown>;
	body?: string;
	problems: ContentProblem[];
}

function readStructured(relativePath: string, text: string, format: 'md' | 'yaml', schema: z.ZodType, shape: FieldShape | undefined, body?: z.ZodType): Structured {
	const problem = (field: string, message: string) => ({ file: relativePath, field, message });
	const controls = findControlCharacters(text);
	if (controls.length) return { problems: controls.map((c) => problem('', c.message)) };
	const parsed = parseContent(text, format);
	if ('problems' in parsed) {
		const what = format === 'md' ? '文件头（frontmatter）' : 'YAML 文件';
		return { problems: parsed.problems.map((p) => problem('', p.line ? `${what}第 ${p.line} 行无法解析：${p.message}` : p.message)) };
	}
	const problems = schemaProblems(schema, parsed.data, shape).map((p) => problem(p.field, p.message));
	if (body) problems.push(...schemaProblems(body, parsed.body).map((p) => problem('正文', p.message)));
	return { data: parsed.data, body: parsed.body, problems };
}

/**
 * Readings by file, shared by everything in one thread: when the content check runs on the build's
 * main thread (check-aside.ts falls back to it when its worker cannot run), the loaders then read
 * the same files, and YAML parsing is most of the cost of both (5 s for 2,000 files on a busy
 * 2-core machine). The second reading of an unchanged text is the first one. A check on the worker
 * thread reads on its own: readings do not cross threads. On globalThis because Astro evaluates
 * the config and the content config in separate module graphs.
 */
const shared = processWide<Map<string, { text: string; read: ReadEntry }>>('readings');
const readings = shared.get() ?? shared.set(new Map());

export function readEntry(file: ContentFile, text: string): ReadEntry {
	const key = `${file.collection.name}\n${file.path}`;
	const known = readings.get(key);
	if (known?.text === text && known.read.entry?.file.relativePath === file.relativePath) return known.read;
	const read = readEntryText(file, text);
	readings.set(key, { text, read });
	return read;
}

function readEntryText(file: ContentFile, text: string): ReadEntry {
	const { collection } = file;
	const body = collection.kind === 'folder' ? (collection as { body?: z.ZodType }).body : undefined;
	const read = readStructured(file.relativePath, text, formatOf(file), collection.schema, collection.schema.shape as FieldShape, body);
	const written = collection.kind === 'folder' ? read.data?.[collection.idField] : collection.name;
	const id = typeof written === 'string' && written.trim() ? written.trim() : collection.kind === 'folder' ? stem(file.relativePath) : collection.name;
	if (read.problems.length || !read.data) return { problems: read.problems, id };
	return { entry: { file, id, data: read.data, body: read.body ?? '' }, problems: [], id };
}

/** A settings file's text, validated against its schema. */
export function readSettings(relativePath: string, settings: SettingsFile, text: string): { data?: Record<string, unknown>; problems: ContentProblem[] } {
	const shape = (settings.schema as unknown as { shape?: FieldShape }).shape;
	const read = readStructured(relativePath, text, 'yaml', settings.schema, shape);
	return read.problems.length ? { problems: read.problems } : { data: read.data, problems: [] };
}
