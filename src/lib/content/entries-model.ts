/**
 * The entries the content check read, shaped into the SiteModel the pages are built from — with
 * the ids and schema output Astro's collections would hold — so the check can ask the site's own
 * route code which pages exist.
 */
import { shapeSite, type LoadedContent } from '../model/shape-site';
import type { Entry, SiteModel } from '../model/types';
import type { LoadedEntry } from './read-entry';

function asEntry(entry: LoadedEntry): Entry<never> {
	const { file } = entry;
	const data = file.collection.schema.parse(entry.data) as never;
	const id = file.edition ? `${file.edition}/${entry.id}` : entry.id;
	return { id, data, filePath: file.relativePath, body: entry.body };
}

export function modelFromEntries(entries: LoadedEntry[]): SiteModel | undefined {
	const of = (name: string) => entries.filter((e) => e.file.collection.name === name).map(asEntry);
	const content: LoadedContent = {
		organisations: of('organisations'),
		guide: of('guide'),
		cases: of('cases'),
		briefs: of('briefs'),
		modules: of('modules'),
		sessions: of('sessions'),
		tools: of('tools'),
		events: of('events'),
		pages: of('docs'),
		editionsEntry: of('editions')[0],
		glossaryEntry: of('glossary')[0],
	};
	// Without a guide edition the build stops anyway; the check reports the missing edition itself.
	if (!content.guide.length) return undefined;
	return shapeSite(content);
}
