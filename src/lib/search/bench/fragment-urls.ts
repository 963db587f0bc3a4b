/**
 * Which URL each Pagefind result id stands for, read from a bundle's fragment files on disk, so
 * the benchmark can judge every result without loading every fragment in the browser.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

type Fragment = { url: string };

function parseFragmentFile(file: string): Record<string, Fragment> | Fragment {
	const text = gunzipSync(readFileSync(file)).toString('utf-8');
	// Pagefind prefixes its files with a short signature before the JSON.
	return JSON.parse(text.slice(text.indexOf('{')));
}

export function fragmentUrls(bundleDir: string): Map<string, string> {
	const urls = new Map<string, string>();
	const dir = join(bundleDir, 'fragment');
	for (const name of readdirSync(dir)) {
		const id = name.replace(/\.pf_fragment$/, '');
		const parsed = parseFragmentFile(join(dir, name));
		// A shared fragment file (Pagefind's maxFragments) maps page ids to their fragments.
		if (typeof parsed.url === 'string') urls.set(id, parsed.url as string);
		else for (const [pageId, fragment] of Object.entries(parsed as Record<string, Fragment>)) urls.set(pageId, fragment.url);
	}
	return urls;
}
