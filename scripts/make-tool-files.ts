/**
 * `npm run tool-files` (and the first step of `npm run build`): makes the Word file of every tool
 * that has a fill-in form in content/tools/ (field `form`, editable in the CMS) into
 * public/files/tools/<slug>.docx, rewriting only the files whose document changed
 * (see tools/lib/tool-files/write-tool-files.ts).
 */
import { join, relative, resolve } from 'node:path';
import { formatProblems } from '../src/lib/content/check';
import { writeToolFiles } from '../tools/lib/tool-files/write-tool-files';

const projectRoot = resolve(import.meta.dirname, '..');
// Always the project's own content: public/ is the project's, whatever content a build is pointed at.
const contentDir = join(projectRoot, 'content');
const publicDir = join(projectRoot, 'public');

const { files, problems } = await writeToolFiles({ contentDir, publicDir });
for (const file of files) console.log(`${file.written ? '已生成' : '未改变'}：${relative(process.cwd(), file.file)}`);
if (problems.length > 0) {
	console.error(formatProblems(problems, relative(process.cwd(), contentDir)));
	process.exit(1);
}
