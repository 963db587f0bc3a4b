/**
 * Everything an entry's page needs, in one call from its route: the site model, the entry, its
 * view model and its observed revision. Replaces the opening every entry page used to repeat
 * (load the site, find the entry by id again, read the history, resolve related entries).
 */
import { entryRevision, type EntryRevision } from '../attribution/entry-revision';
import { getContentHistory } from '../git/content-history';
import { getCollectionDefinition, type FolderCollectionName, type ViewName } from '../../schemas';
import { loadSite } from '../model/load';
import { indexById } from '../model/relations';
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

/** The views that draw a whole entry page from the entry and the site, by the name the registry gives them. */
const views: Partial<Record<ViewName, (entry: ViewEntry, context: ViewContext) => EntryView>> = {
	organisation: organisationView,
	case: caseView,
	brief: briefView,
	module: moduleView,
	session: sessionView,
	tool: toolView,
	event: eventView,
};

export interface EntryPage<E> {
	site: SiteModel;
	entry: E;
	view: EntryView;
	revision: EntryRevision;
	/** The registry marks the collection `printQr`: the page renders <PrintQr>. */
	printQr: boolean;
}

/** The body renders to something: the Markdown source is not kept after loading (see content.config.ts). */
export const hasRenderedBody = (entry: Entry<unknown>) => Boolean(entry.rendered?.html.trim());

/** The entry `id` of `collection`, drawn by the view its registry entry names. */
export async function entryPage<C extends FolderCollectionName>(collection: C, id: string): Promise<EntryPage<SiteModel[C][number]>> {
	const site = await loadSite();
	const entry = indexById<SiteModel[C][number]>(site[collection]).get(id);
	if (!entry) throw new Error(`${collection}: no entry with id ${id}`);
	const definition = getCollectionDefinition(collection);
	const name = definition.view;
	const view = name && views[name];
	if (!view) throw new Error(`${collection}: the registry names no entry view for it`);
	return { site, entry, view: view({ id, data: entry.data, hasBody: hasRenderedBody(entry) }, siteViewContext(site)), revision: entryRevision(site, await getContentHistory(), entry.filePath), printQr: definition.printQr === true };
}
