/** One page of the case library: the facet links and the cards of the page's cases. */
import type { Entry, SiteModel } from '../model/types';
import type { Case } from '../../schemas/cases';
import { caseCard } from './case-card';
import { caseFacetNav, type CaseFacetLinks } from './case-facet-nav';
import type { CaseCardView } from './entry-view';

export interface CaseLibraryView {
	facets: CaseFacetLinks[];
	cards: CaseCardView[];
}

export function caseLibrary(site: SiteModel, pageCases: Entry<Case>[], active?: { facet: string; segment: string }): CaseLibraryView {
	return { facets: caseFacetNav(site, active), cards: pageCases.map((entry) => caseCard(entry, site.orgNames)) };
}
