/**
 * Absolute paths of one machine (a home folder, a checkout under a fixed top-level folder) in tracked files: they
 * work for the person who wrote them and nowhere else.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MachinePath {
	file: string;
	line: number;
	text: string;
}

// At the start of a path only (after a space, quote, bracket or `=`), so a URL such as
// https://example.org/home/ is not one.
const MACHINE_PATH = /(?:^|[\s'"`(=:])(\/(?:work|home|root|Users)\/[^\s'"`)]*|[A-Z]:\\Users\\\S*)/;

/** Tracked files that git does not treat as binary, relative to the repository root. */
function trackedTextFiles(root: string): string[] {
	// `git grep -I -l ''` lists exactly the tracked files with text in them.
	const out = execFileSync('git', ['grep', '-I', '-l', '-z', '-e', ''], { cwd: root, encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
	return out.split('\0').filter(Boolean);
}

export function machinePaths(root: string): MachinePath[] {
	const found: MachinePath[] = [];
	for (const file of trackedTextFiles(root)) {
		readFileSync(join(root, file), 'utf-8')
			.split('\n')
			.forEach((text, index) => {
				const match = MACHINE_PATH.exec(text);
				if (match) found.push({ file, line: index + 1, text: match[1] });
			});
	}
	return found;
}
