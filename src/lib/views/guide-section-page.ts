/**
 * Everything a guide section's page needs: its view model, its observed revision, and its body
 * with a note of who wrote each `##` part, from the one history read and the cached authorship
 * (attribution/guide-section-authorship.ts). The section component only renders what this gives.
 */
import { entryRevision, type EntryRevision } from '../attribution/entry-revision';
import { guideSectionAuthorship } from '../attribution/guide-section-authorship';
import { sectionNote } from '../attribution/section-notes';
import { siteCreditOf } from '../attribution/site-credit';
import { getContentHistory } from '../git/content-history';
import { editionBanner } from '../guide/banner';
import type { Entry, GuideEditionView, SiteModel } from '../model/types';
import { routes } from '../routes';
import { searchMetaFor, type SearchMeta } from '../search/filters';
import type { GuideSection } from '../../schemas/guide';
import { addSectionNotes } from '../../markdown/rehype-section-notes';
import { hasRenderedBody } from './entry-page';
import type { EntryView } from './entry-view';
import { guideSectionView } from './guide-section-view';
import { siteViewContext } from './site-view-context';

export interface GuideSectionPage {
	view: EntryView;
	revision: EntryRevision;
	/** The rendered body with the authorship notes under its headings. */
	bodyHtml: string;
	banner?: string;
	search: SearchMeta;
}

export async function guideSectionPage(site: SiteModel, edition: GuideEditionView, section: Entry<GuideSection>): Promise<GuideSectionPage> {
	const history = await getContentHistory();
	const authorship = guideSectionAuthorship(section, history, siteCreditOf(site)) ?? [];
	return {
		view: guideSectionView({ id: section.id, data: section.data, hasBody: hasRenderedBody(section) }, edition, siteViewContext(site)),
		revision: entryRevision(site, history, section.filePath),
		bodyHtml: addSectionNotes(section.rendered?.html ?? '', authorship.map((part) => sectionNote(part, site.orgNames, routes.organisation))),
		banner: editionBanner(edition, site.currentEdition, section.data.section_id),
		search: searchMetaFor('guide', { ...section.data, edition: edition.slug }, site.orgNames),
	};
}
