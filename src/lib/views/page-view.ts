/**
 * A page of content/pages (关于、如何参与): its credits, then its Markdown body. Starlight draws the
 * page on the site (the header under its title, src/components/starlight/PageTitle.astro); the
 * CMS preview draws the whole view.
 */
import type { EntryView } from './entry-view';
import { listOf, type ViewData } from './view-context';

export function pageView(data: ViewData): EntryView {
	return {
		title: data.title,
		description: data.description,
		credits: listOf(data.credits),
		illustrative: Boolean(data.illustrative),
		blocks: [{ kind: 'body', toc: true }],
	};
}
