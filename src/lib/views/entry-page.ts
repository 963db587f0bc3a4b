/**
 * Everything an entry's page needs, in one call from its route: the site model, the entry, its
 * view model and its observed revision. Replaces the opening every entry page used to repeat
 * (load the site, find the entry by id again, read the history, resolve related entries).
 */
import { entryRevision, type EntryRevision } from '../attribution/entry-revision';
import { getContentHistory } from '../git/content-history';
import { loadSite } from '../model/load';
import type { Entry, SiteModel } from '../model/types';
import { briefView } from './brief-view';
import { caseView } from './case-view';
import type { EntryView } from './entry-view';
import { eventView } from './event-view';
import { moduleView } from './module-view';
import { organisationView } from './organisation-view';
import { sessionView } from './session-view';
import { siteViewContext } from './site-view-context';
import { toolView } from './tool-view';
import type { ViewContext, ViewEntry } from './view-context';

type EntryCollection = 'cases' | 'briefs' | 'modules' | 'sessions' | 'tools' | 'events' | 'organisations';
type EntryOf<C extends EntryCollection> = SiteModel[C][number];

const views: Record<EntryCollection, (entry: ViewEntry, context: ViewContext) => EntryView> = {
	cases: caseView,
	briefs: briefView,
	modules: moduleView,
	sessions: sessionView,
	tools: toolView,
	events: eventView,
	organisations: organisationView,
};

export interface EntryPage<E> {
	site: SiteModel;
	entry: E;
	view: EntryView;
	revision: EntryRevision;
}

/** The body renders to something: the Markdown source is not kept after loading (see content.config.ts). */
export const hasRenderedBody = (entry: Entry<unknown>) => Boolean(entry.rendered?.html.trim());

export async function entryPage<C extends EntryCollection>(collection: C, id: string): Promise<EntryPage<EntryOf<C>>> {
	const site = await loadSite();
	const entry = (site[collection] as Entry<unknown>[]).find((e) => e.id === id) as EntryOf<C> | undefined;
	if (!entry) throw new Error(`${collection}: no entry with id ${id}`);
	const view = views[collection]({ id, data: entry.data as Record<string, unknown>, hasBody: hasRenderedBody(entry) }, siteViewContext(site));
	return { site, entry, view, revision: entryRevision(site, await getContentHistory(), entry.filePath) };
}
