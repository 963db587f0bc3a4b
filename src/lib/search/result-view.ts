/**
 * What a search result shows — title, link, content type, organisations, the guide edition when
 * it is not the current one, and a highlighted snippet — from the fragment Pagefind returns for it.
 */
import { detokenize } from './detokenize';
import { EDITION_KEY, oldEditionLabel } from './editions';
import { normaliseText } from './normalise';
import type { PagefindFragment } from './pagefind-api';
import { buildSnippet, type SnippetPart } from './snippet';

export interface ResultView {
	url: string;
	title: string;
	type: string;
	orgs: string[];
	/** 旧版 · 2024 on a page of an older guide edition; absent elsewhere. */
	oldEdition?: string;
	snippet: SnippetPart[];
}

export function toResultView(fragment: PagefindFragment, terms: readonly string[], currentEdition?: string): ResultView {
	const title = fragment.meta.title ?? fragment.url;
	const text = detokenize(fragment.content);
	// The indexed text opens with the page's <h1>; the snippet should not repeat the title.
	const heading = normaliseText(title);
	const body = text.startsWith(heading) ? text.slice(heading.length).trimStart() : text;
	const edition = fragment.filters[EDITION_KEY]?.[0];
	return {
		url: fragment.url,
		title,
		type: fragment.filters.type?.[0] ?? '',
		orgs: fragment.filters.org ?? [],
		...(edition && edition !== currentEdition ? { oldEdition: oldEditionLabel(edition) } : {}),
		snippet: buildSnippet(body, terms),
	};
}
