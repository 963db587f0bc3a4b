/**
 * The text of an entry's file under content/, as the guide's authorship reads it (per section in
 * guide-section-authorship.ts, which caches per history read; per edition change in
 * edition-change-authors.ts). Not cached here: in dev the file changes under a running server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPathOf, contentRootPath } from './paths';

/** `filePath` as Astro reports an entry's file. */
export function readContentFile(filePath: string): string {
	return readFileSync(join(contentRootPath(), contentPathOf(filePath)), 'utf-8');
}
