/**
 * Checks every content file against the content model, its relations, internal links and
 * personal data, and prints each problem with its file and field. `npm run check:content [dir]`.
 * The build runs the same check and stops on the first problem list.
 */
import { checkContent, formatProblems } from '../src/lib/content/check';

const root = process.argv[2] ?? 'content';
const { problems, entries } = checkContent(root);
if (problems.length) {
	console.error(formatProblems(problems, root));
	process.exit(1);
}
console.log(`内容检查通过：${entries.length} 个文件（content check passed: ${entries.length} files）。`);
