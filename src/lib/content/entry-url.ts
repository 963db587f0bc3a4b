/** The page that shows an entry, for resolving its relative links and anchors. */
import { routes } from '../routes';
import type { LoadedEntry } from './read-entry';

export function entryUrl(entry: LoadedEntry, currentEdition: string | undefined): string | undefined {
	const { id, data, file } = entry;
	switch (file.collection.name) {
		case 'guide':
			return routes.guideSection(file.edition!, id, file.edition === currentEdition);
		case 'cases':
			return routes.case(id);
		case 'briefs':
			return routes.brief(id);
		case 'modules':
			return routes.module(id);
		case 'sessions':
			return routes.session(String(data.module), id);
		case 'tools':
			return routes.tool(id);
		case 'events':
			return routes.event(id);
		case 'organisations':
			return routes.organisation(id);
		case 'docs':
			return routes.page(id);
		case 'glossary':
			return routes.glossary();
		case 'editions':
			return routes.guideEditions();
		default:
			return undefined;
	}
}
