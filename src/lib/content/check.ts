/**
 * Checks the whole content tree before a build: every file under the content folder (files.ts
 * refuses those that belong nowhere), read as bytes so encodings are named, then the checks of
 * check-files.ts over them, with the downloads under public/files/ for links to files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkFiles, type CheckResult, type ContentText, type SettingsText } from './check-files';
import { decodeContent } from './decode';
import { surveyContent } from './files';
import type { ContentProblem } from './problem';

export { currentEdition, formatProblems, type CheckResult, type ContentProblem, type LoadedEntry } from './check-files';

/** `/files/…` paths of the files under `<public>/files/`. */
export function listPublicFiles(publicDir: string): Set<string> {
	const root = join(publicDir, 'files');
	if (!existsSync(root)) return new Set();
	return new Set(
		(readdirSync(root, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
			.filter((item) => item.isFile())
			.map((item) => `/files/${join(item.parentPath, item.name).slice(root.length + 1).split('\\').join('/')}`),
	);
}

export interface ReadContent {
	files: ContentText[];
	settings: SettingsText[];
	refused: ContentProblem[];
}

/** Every file under the content root, decoded; undecodable files become problems. */
export function readContentFolder(root: string): ReadContent {
	const survey = surveyContent(root);
	const refused = [...survey.refused];
	const decode = (path: string, relativePath: string) => {
		const decoded = decodeContent(readFileSync(path));
		if ('problem' in decoded) {
			refused.push({ file: relativePath, field: '', message: decoded.problem });
			return undefined;
		}
		return decoded.text;
	};
	const files = survey.files.flatMap((file) => {
		const text = decode(file.path, file.relativePath);
		return text === undefined ? [] : [{ file, text }];
	});
	const settings = survey.settings.flatMap((file) => {
		const text = decode(file.path, file.relativePath);
		return text === undefined ? [] : [{ file, text }];
	});
	return { files, settings, refused };
}

/**
 * `publicDir` defaults to public/ beside the content folder, as in a project; where there is none,
 * links to /files/ cannot be checked and are not.
 */
export function checkContent(root: string, publicDir = resolve(root, '..', 'public')): CheckResult {
	const { files, settings, refused } = readContentFolder(root);
	const publicFiles = existsSync(publicDir) ? listPublicFiles(publicDir) : undefined;
	return checkFiles(files, { settings, refused, publicFiles });
}
