/**
 * Which organisations wrote the current text of each section of the current guide edition,
 * computed once per build for the organisation profiles.
 */
import type { ContentHistory } from '../git/history';
import type { SiteModel } from '../model/types';
import { guideSectionAuthorship } from './guide-section-authorship';
import { siteCreditOf } from './site-credit';

const cache = new WeakMap<ContentHistory, Map<string, string[]>>();

/** Section id → organisations whose editors wrote lines of its current text. */
export function currentGuideAuthors(site: SiteModel, history: ContentHistory): Map<string, string[]> {
	const cached = cache.get(history);
	if (cached) return cached;
	const authors = new Map<string, string[]>();
	for (const section of site.currentEdition.sections) {
		const parts = guideSectionAuthorship(section, history, siteCreditOf(site));
		if (!parts) continue;
		authors.set(section.data.section_id, [...new Set(parts.flatMap((part) => part.orgs))]);
	}
	cache.set(history, authors);
	return authors;
}
