/** The view context of the built site: ids resolved against the site model, back-links included. */
import type { SiteModel } from '../model/types';
import { siteRelationLinks } from './relation-links';
import type { ViewContext } from './view-context';

const cache = new WeakMap<SiteModel, ViewContext>();

export function siteViewContext(site: SiteModel): ViewContext {
	let context = cache.get(site);
	if (!context) cache.set(site, (context = { site, links: siteRelationLinks(site) }));
	return context;
}
