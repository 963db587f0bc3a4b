/** A case as a card in a list: title, one-line summary, organisations, populations and district. */
import { getCollectionDefinition } from '../../schemas';
import { caseSchema } from '../../schemas/cases';
import type { Case } from '../../schemas/cases';
import type { Entry } from '../model/types';
import { routes } from '../routes';
import type { CaseCardView } from './entry-view';
import { labelOf } from './labels';

export function caseCard(entry: Entry<Case>, orgNames: Map<string, string>): CaseCardView {
	const orgs = [...new Set(entry.data.credits.map((credit) => credit.org))].map((id) => orgNames.get(id) ?? id);
	return {
		id: entry.id,
		link: { href: routes.case(entry.id), label: entry.data.title },
		summary: entry.data.summary,
		meta: [
			{ label: getCollectionDefinition('organisations').labelSingular, value: orgs.join('、') },
			{ label: '人群', value: entry.data.populations.join('、') },
			{ label: labelOf(caseSchema, 'district'), value: entry.data.district },
		],
		illustrative: entry.data.illustrative,
	};
}
