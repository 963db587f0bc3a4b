/**
 * The list of extra index bundles a large site is split into (see write-search-index.ts), written
 * next to pagefind.js and read by the browser before the first search.
 */
export const BUNDLE_MANIFEST = 'gongjian-bundles.json';

export interface BundleManifest {
	/** Paths of the bundles after the first, relative to /pagefind/, e.g. `bundles/1/`. */
	bundles: string[];
}
