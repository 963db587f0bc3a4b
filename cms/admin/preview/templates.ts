/**
 * One preview per view of the registry (`view`), hence per collection. Each draws the same view model as the site's page
 * (src/lib/views/), with the React renderer in view-blocks.ts.
 * Fields the editor has not filled yet are simply left out, as the site leaves out empty ones.
 */
import { createElement as h, Fragment, type ReactNode } from 'react';
import { allCollections, type ViewName } from '../../../src/schemas';
import { briefView } from '../../../src/lib/views/brief-view';
import { caseView } from '../../../src/lib/views/case-view';
import type { EntryView } from '../../../src/lib/views/entry-view';
import { editionListView } from '../../../src/lib/views/edition-list-view';
import { eventView } from '../../../src/lib/views/event-view';
import { organisationView } from '../../../src/lib/views/organisation-view';
import { glossaryView } from '../../../src/lib/views/glossary-view';
import { guideSectionView } from '../../../src/lib/views/guide-section-view';
import { moduleView } from '../../../src/lib/views/module-view';
import { pageView } from '../../../src/lib/views/page-view';
import { namedRelationLinks } from '../../../src/lib/views/relation-links';
import { sessionView } from '../../../src/lib/views/session-view';
import { toolView } from '../../../src/lib/views/tool-view';
import type { ViewContext, ViewEntry } from '../../../src/lib/views/view-context';
import { Markdown } from './parts';
import { ViewPage } from './view-blocks';
import type { EntryNames } from './entry-names';

// The form's data as the editor has it so far: any field may still be missing.
type Data = Record<string, any>;

export interface PreviewContext {
	data: Data;
	names: EntryNames;
	asideTitles: Record<string, string>;
	currentEdition: string;
}

/** The entry as the view models read it: a form being filled in has no id yet, and its body is the Markdown typed so far. */
const entryOf = (data: Data): ViewEntry => ({ id: data.slug, data, hasBody: Boolean(String(data.body ?? '').trim()) });

function entryPreview(view: (entry: ViewEntry, context: ViewContext) => EntryView) {
	return ({ data, names, asideTitles }: PreviewContext) => h(ViewPage, { view: view(entryOf(data), { links: namedRelationLinks(names) }), names, body: h(Markdown, { body: data.body, asideTitles }) });
}

function guideView({ data, names, asideTitles, currentEdition }: PreviewContext) {
	const title = names.get('editions')?.get(currentEdition) ?? `${currentEdition} 版`;
	const view = guideSectionView(entryOf(data), { slug: currentEdition, title, current: true }, { links: namedRelationLinks(names) });
	return h(ViewPage, { view, names, body: h(Markdown, { body: data.body, asideTitles }) });
}

function organisationPreview(context: PreviewContext) {
	// Only the form knows the editors' identities: say they are not published.
	return h(Fragment, null, entryPreview(organisationView)(context), h('p', { className: 'gj-note gj-preview-only' }, '编辑身份只用于把修改记录归属到本机构，不在网站上显示。'));
}

function pagePreview({ data, names, asideTitles }: PreviewContext) {
	return h(ViewPage, { view: pageView(data), names, body: h(Markdown, { body: data.body, asideTitles }) });
}

function glossaryPreview({ data, names }: PreviewContext) {
	return h(ViewPage, { view: glossaryView(data), names, body: null });
}

function editionsPreview({ data, names }: PreviewContext) {
	return h(ViewPage, { view: editionListView(data.editions), names, body: null });
}

/** Each view of the registry (`view`) as the CMS previews it. */
const previews: Record<ViewName, (context: PreviewContext) => ReactNode> = {
	organisation: organisationPreview,
	guideSection: guideView,
	editionList: editionsPreview,
	case: entryPreview(caseView),
	brief: entryPreview(briefView),
	module: entryPreview(moduleView),
	session: entryPreview(sessionView),
	tool: entryPreview(toolView),
	event: entryPreview(eventView),
	termList: glossaryPreview,
	page: pagePreview,
};

/** The preview of each collection by name: the one of the view its registry entry names. */
export const previewTemplates: Record<string, (context: PreviewContext) => ReactNode> = Object.fromEntries(
	allCollections.flatMap((collection) => (collection.view ? [[collection.name, (context: PreviewContext) => previews[collection.view!](context)]] : [])),
);
