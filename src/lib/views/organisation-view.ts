/** An organisation's profile: who it is; on the site, what it is credited on and what it edited (a slot the page fills). */
import type { EntryView } from './entry-view';
import { organisationFacts } from './facts';
import type { ViewContext, ViewEntry } from './view-context';

export function organisationView({ data }: ViewEntry, _context: ViewContext): EntryView {
	return {
		title: data.name,
		description: data.description,
		// An organisation is not credited: it is what credits point at.
		credits: [],
		illustrative: Boolean(data.illustrative),
		blocks: [{ kind: 'paragraphs', text: data.description }, { kind: 'facts', rows: organisationFacts(data) }, { kind: 'slot', name: 'contributions' }, { kind: 'source', text: data.source }],
	};
}
