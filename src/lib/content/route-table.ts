/**
 * The set of URLs the content will produce, computed from entries alone (no build), so the
 * content checks can tell a broken internal link before Astro renders anything.
 */
import { routes } from '../routes';
import { currentEdition, type LoadedEntry } from './check-files';

const STATIC_PAGES = [
	routes.home(),
	routes.guide(),
	routes.guideEditions(),
	routes.cases(),
	routes.briefs(),
	routes.learn(),
	routes.tools(),
	routes.events(),
	routes.organisations(),
	routes.glossary(),
	routes.sources(),
	routes.updates(),
	routes.search(),
	routes.admin(),
];

export function buildRouteTable(entries: LoadedEntry[]): Set<string> {
	const urls = new Set<string>(STATIC_PAGES);
	const current = currentEdition(entries);
	for (const { file, id, data } of entries) {
		switch (file.collection.name) {
			case 'guide': {
				const isCurrent = file.edition === current;
				urls.add(routes.guideEdition(file.edition!, isCurrent));
				urls.add(routes.guideSection(file.edition!, id, isCurrent));
				break;
			}
			case 'cases':
				urls.add(routes.case(id));
				break;
			case 'briefs':
				urls.add(routes.brief(id));
				break;
			case 'modules':
				urls.add(routes.module(id));
				break;
			case 'sessions':
				urls.add(routes.session(String(data.module), id));
				break;
			case 'tools':
				urls.add(routes.tool(id));
				break;
			case 'events':
				urls.add(routes.event(id));
				break;
			case 'organisations':
				urls.add(routes.organisation(id));
				break;
			case 'docs':
				urls.add(routes.page(id));
				break;
		}
	}
	return urls;
}
