/**
 * Rewrites every content file the way the CMS would save it, so that opening and saving any entry
 * in /admin changes nothing. Run after editing files by hand: `npm run format:content`.
 * With --check it only reports the files that are not in CMS form, and exits 1 if there are any.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatOf, listContentFiles } from '../src/lib/content/files';
import { parseLikeCms, serialiseLikeCms } from '../src/lib/cms/serialise';

const root = process.argv.find((arg) => !arg.startsWith('-') && arg !== process.argv[0] && arg !== process.argv[1]) ?? 'content';
const checkOnly = process.argv.includes('--check');
const unformatted: string[] = [];

for (const file of listContentFiles(root)) {
	const text = readFileSync(file.path, 'utf-8');
	const format = formatOf(file);
	const formatted = serialiseLikeCms(parseLikeCms(text, format), format, file.collection.schema);
	if (formatted === text) continue;
	unformatted.push(file.relativePath);
	if (!checkOnly) writeFileSync(file.path, formatted);
}

if (checkOnly && unformatted.length) {
	console.error(`These files are not in the form the CMS writes (run npm run format:content):\n  ${unformatted.join('\n  ')}`);
	process.exit(1);
}
console.log(checkOnly ? 'All content files are in CMS form.' : `Formatted ${unformatted.length} file(s).`);
