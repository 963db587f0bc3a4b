/** The per-page reference files under dist/cite/, from the CSL-JSON list the build wrote there. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { routes } from '../routes';
import { CITE_FORMATS } from './cite-files';
import type { CslItem } from './csl-item';

/** Returns how many pages' references it wrote. */
export function writeCiteFiles(outDir: string): number {
	const items = JSON.parse(readFileSync(join(outDir, routes.citeReferences()), 'utf-8')) as CslItem[];
	for (const item of items) {
		for (const { format, write } of CITE_FORMATS) {
			const file = join(outDir, routes.citeFile(item.id, format));
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, write(item));
		}
	}
	return items.length;
}
