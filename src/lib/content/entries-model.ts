/**
 * The entries the content check read, shaped into the SiteModel the pages are built from — with
 * the ids and schema output Astro's collections would hold — so the check can ask the site's own
 * route code which pages exist.
 */
import { perCollection } from '../../schemas';
import { shapeSite } from '../model/shape-site';
import type { Entry, LoadedContent, SiteModel } from '../model/types';
import type { LoadedEntry } from './read-entry';

function asEntry(entry: LoadedEntry): Entry<unknown> {
	const { file } = entry;
	const data = file.collection.schema.parse(entry.data);
	const id = file.edition ? `${file.edition}/${entry.id}` : entry.id;
	return { id, data, filePath: file.relativePath, body: entry.body };
}

export function modelFromEntries(entries: LoadedEntry[]): SiteModel | undefined {
	// Each list holds the entries of the collection it is keyed by, parsed with that collection's schema.
	const content = perCollection<LoadedContent>((name) => entries.filter((e) => e.file.collection.name === name).map(asEntry));
	// Without a guide edition the build stops anyway; the check reports the missing edition itself.
	if (!content.guide.length) return undefined;
	return shapeSite(content);
}
