/** A network event's page: when, where, who took part, and what came out of it. */
import { eventSchema } from '../../schemas/events';
import { routes } from '../routes';
import type { Block, EntryView } from './entry-view';
import { eventFacts } from './facts';
import { labelOf } from './labels';
import { fieldLinks } from './relation-links';
import { listOf, type ViewContext, type ViewEntry } from './view-context';

export function eventView({ id, data }: ViewEntry, { links, site }: ViewContext): EntryView {
	const outputBriefs = listOf<string>(data.output_briefs);
	// Briefs that name this event as where they were raised, without the event listing them.
	const raisedHere = site && id ? site.briefs.filter((b) => b.data.raised_at_event === id && !outputBriefs.includes(b.id)).map((b) => ({ href: routes.brief(b.id), label: b.data.title })) : [];
	const blocks: Block[] = [
		{ kind: 'lede', text: data.summary },
		{ kind: 'facts', rows: eventFacts(data) },
		{ kind: 'links', level: 3, title: `${labelOf(eventSchema, 'participants')}（名录中）`, items: fieldLinks(links, eventSchema, 'participants', data.participants) },
		{ kind: 'body', toc: true },
		{ kind: 'links', level: 3, title: labelOf(eventSchema, 'output_briefs'), items: [...fieldLinks(links, eventSchema, 'output_briefs', outputBriefs), ...raisedHere] },
		{ kind: 'links', level: 3, title: labelOf(eventSchema, 'output_cases'), items: fieldLinks(links, eventSchema, 'output_cases', data.output_cases) },
		{ kind: 'links', level: 3, title: labelOf(eventSchema, 'output_guide_sections'), items: fieldLinks(links, eventSchema, 'output_guide_sections', data.output_guide_sections) },
		{ kind: 'source', text: data.source },
	];
	return { title: data.title, description: data.summary, credits: listOf(data.credits), illustrative: Boolean(data.illustrative), blocks };
}
