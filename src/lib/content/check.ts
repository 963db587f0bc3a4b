/**
 * Checks the whole content tree before a build: reads every file of a content folder and runs the
 * checks of check-files.ts over them.
 */
import { readFileSync } from 'node:fs';
import { listContentFiles } from './files';
import { checkFiles, type CheckResult } from './check-files';

export { currentEdition, formatProblems, type CheckResult, type ContentProblem, type LoadedEntry } from './check-files';

export function checkContent(root: string): CheckResult {
	return checkFiles(listContentFiles(root).map((file) => ({ file, text: readFileSync(file.path, 'utf-8') })));
}
