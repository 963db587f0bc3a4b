/** A curriculum module's page: who it is for, its introduction, and (on the site) its sessions. */
import type { Block, EntryView } from './entry-view';
import { moduleFacts } from './facts';
import { listOf, type ViewContext, type ViewEntry } from './view-context';

export function moduleView({ id, data }: ViewEntry, { site }: ViewContext): EntryView {
	const sessionCount = site && id ? site.sessions.filter((s) => s.data.module === id).length : undefined;
	const blocks: Block[] = [{ kind: 'facts', rows: moduleFacts(data, sessionCount) }, { kind: 'body', toc: true }, { kind: 'slot', name: 'sessions' }, { kind: 'source', text: data.source }];
	return { title: data.order ? `${data.order}. ${data.title ?? ''}` : data.title, description: data.summary, credits: listOf(data.credits), illustrative: Boolean(data.illustrative), blocks };
}
