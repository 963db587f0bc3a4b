/**
 * The glossary's page: how many terms there are, an index by pinyin initial, then every term with
 * its English gloss, definition, source and related terms, grouped by initial.
 */
import { getCollectionDefinition } from '../../schemas';
import { termSchema } from '../../schemas/glossary';
import { groupByInitial } from '../glossary/pinyin-initial';
import { routes } from '../routes';
import type { EntryView, TermView } from './entry-view';
import { labelOf } from './labels';
import { listOf, type ViewData } from './view-context';

const termView = (term: ViewData): TermView => ({
	term: term.term,
	gloss: term.gloss_en || undefined,
	definition: term.definition,
	source: term.source,
	seeAlso: listOf<string>(term.see_also).map((other) => ({ href: routes.term(other), label: other })),
	illustrative: Boolean(term.illustrative),
});

/** The glossary file's data (content/glossary.yaml), or the CMS form's so far. */
export function glossaryView(data: ViewData): EntryView {
	const glossary = getCollectionDefinition('glossary');
	const terms = listOf(data.terms);
	const groups = groupByInitial(terms, (term) => String(term.term ?? ''));
	return {
		title: glossary.label,
		description: glossary.description,
		credits: listOf(data.credits),
		illustrative: false,
		blocks: [
			{ kind: 'lede', text: `网络内部常用的 ${terms.length} 个术语。释义说明它们在本网络和资料中的用法；来源为“通用释义”的是常识性解释；标“示例”的释义没有资料依据。` },
			{
				kind: 'terms',
				sourceLabel: labelOf(termSchema, 'source'),
				seeAlsoLabel: labelOf(termSchema, 'see_also'),
				groups: groups.map((group) => ({ initial: group.initial, terms: group.items.map(termView) })),
			},
		],
	};
}
