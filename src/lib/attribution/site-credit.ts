/** The build's one credit resolver: the site's editor identities and content/history.yaml. */
import { contentRootPath } from '../content/paths';
import type { SiteModel } from '../model/types';
import { creditResolver, type CreditOf } from './credit';
import { readHistorySettings } from './history-settings';

const cache = new WeakMap<SiteModel, CreditOf>();

export function siteCreditOf(site: SiteModel): CreditOf {
	let creditOf = cache.get(site);
	if (!creditOf) cache.set(site, (creditOf = creditResolver(site.organisationOfAuthor, readHistorySettings(contentRootPath()).imports)));
	return creditOf;
}
