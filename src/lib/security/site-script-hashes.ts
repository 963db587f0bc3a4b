/**
 * The CSP hashes of the site's own inline scripts, decided by where they come from rather than by
 * what the build happens to contain: the site's own are those of the pages built from no content
 * at all (REFERENCE_PAGES: Starlight's theme and sidebar scripts, our header search). An inline
 * script on any other page that is not one of them can only have come from content that got past
 * the sanitiser — hashing it would let it run — so it is an error naming the page.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inlineScripts } from './inline-scripts';

/** Pages rendered without any content entry, carrying every inline script the site's layout ships. */
export const REFERENCE_PAGES = ['404.html', 'search/index.html'];

export function siteScriptHashes(outDir: string): string[] {
	const hashes = new Set<string>();
	for (const page of REFERENCE_PAGES) {
		const file = join(outDir, page);
		if (!existsSync(file)) throw new Error(`CSP: reference page ${page} is missing from the build; it lists the inline scripts the site ships.`);
		for (const script of inlineScripts(readFileSync(file))) hashes.add(script.hash);
	}
	return [...hashes].sort();
}

/** The inline scripts of one page that are not the site's own, as `page: start of the script` lines. */
export function foreignScripts(page: string, html: Buffer | string, siteHashes: ReadonlySet<string>): string[] {
	return inlineScripts(html)
		.filter((script) => !siteHashes.has(script.hash))
		.map((script) => `${page}: ${script.text.trim().slice(0, 80)}`);
}

export function foreignScriptsError(found: string[]): Error {
	return new Error(
		`CSP: inline script(s) that the site's own layout does not ship, refusing to allow them. From content, they mean the sanitiser was bypassed; from a new component, add a page that shows it to REFERENCE_PAGES (src/lib/security/site-script-hashes.ts).\n${found.slice(0, 10).join('\n')}`,
	);
}
