/**
 * Makes the downloadable Word file of every tool that has a fill-in form (content/tools/*.md,
 * field `form`) into <publicDir>/files/tools/<slug>.docx. A file is rewritten only when its
 * document changed: Word files carry the time they were made, and a build that rewrote unchanged
 * templates would leave git with changes nobody made.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Packer } from 'docx';
import { unzipSync } from 'fflate';
import { readContentFolder } from '../../../src/lib/content/check';
import { parseContentFile } from '../../../src/lib/content/parse';
import type { ContentProblem } from '../../../src/lib/content/problem';
import { fieldMeta } from '../../../src/schemas/fields';
import { toolForm } from '../../../src/schemas/tool-form';
import { toolSchema } from '../../../src/schemas/tools';
import { formDocument } from './form-document';

export interface ToolFile {
	slug: string;
	/** The site path the tool's `files` must list, e.g. /files/tools/case-writing-template.docx. */
	sitePath: string;
	file: string;
	/** False when the file on disk already held the same document. */
	written: boolean;
}

export interface ToolFilesResult {
	files: ToolFile[];
	problems: ContentProblem[];
}

const FORM_LABEL = fieldMeta(toolForm)!.label;
const FILES_LABEL = fieldMeta(toolSchema.shape.files)!.label;

/** The parts of a Word file that hold the document, without the time it was made. */
function documentParts(docx: Uint8Array): string {
	const parts = unzipSync(docx);
	return Object.keys(parts)
		.filter((name) => name !== 'docProps/core.xml')
		.sort()
		.map((name) => `${name}\n${new TextDecoder().decode(parts[name])}`)
		.join('\n');
}

const fieldPath = (path: PropertyKey[]) => ['form', ...path].map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');

export async function writeToolFiles({ contentDir, publicDir }: { contentDir: string; publicDir: string }): Promise<ToolFilesResult> {
	const result: ToolFilesResult = { files: [], problems: [] };
	const tools = readContentFolder(contentDir).files.filter(({ file }) => file.collection.name === 'tools');
	for (const { file, text } of tools) {
		let data: Record<string, unknown>;
		try {
			data = parseContentFile(text, 'md');
		} catch {
			// Unreadable frontmatter is the content check's to report, with line and column.
			continue;
		}
		if (data.form === undefined) continue;
		const form = toolForm.safeParse(data.form);
		if (!form.success) {
			for (const issue of form.error.issues) result.problems.push({ file: file.relativePath, field: `${FORM_LABEL}（${fieldPath(issue.path)}）`, message: issue.message });
			continue;
		}
		const slug = String(data.slug);
		const sitePath = `/files/tools/${slug}.docx`;
		const listed = Array.isArray(data.files) && data.files.some((row) => (row as { path?: unknown })?.path === sitePath);
		if (!listed) {
			result.problems.push({ file: file.relativePath, field: `${FILES_LABEL}（files）`, message: `${FORM_LABEL}生成 ${sitePath}，请在下载文件中列出它（文件填 ${sitePath}）` });
		}
		const docx = await Packer.toBuffer(formDocument({ title: String(data.title), illustrative: data.illustrative === true, form: form.data }));
		const target = join(publicDir, sitePath);
		const same = existsSync(target) && documentParts(readFileSync(target)) === documentParts(docx);
		if (!same) {
			mkdirSync(join(target, '..'), { recursive: true });
			writeFileSync(target, docx);
		}
		result.files.push({ slug, sitePath, file: target, written: !same });
	}
	return result;
}
