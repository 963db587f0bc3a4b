/** The guide's print pages in a built site: the current edition's and each edition's own. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function guidePrintPaths(siteDir: string): string[] {
	const guideDir = join(siteDir, 'guide');
	if (!existsSync(guideDir)) return [];
	const candidates = ['/guide/print/', ...readdirSync(guideDir).map((name) => `/guide/${name}/print/`)];
	return candidates.filter((path, index) => candidates.indexOf(path) === index && existsSync(join(siteDir, path, 'index.html')));
}
