/**
 * Shapes loaded collections into the SiteModel the routes render from. Free of astro:content, so
 * the content check can shape the entries it read into the very model the pages are built from
 * (and so derive the site's URLs from the same code).
 */
import { perCollection, type CollectionDefinition } from '../../schemas';
import type { ModelEntry } from './collection-entries';
import type { GuideEditionsFile, GuideSection } from '../../schemas/guide';
import type { CollectionEntries, CollectionFiles, Entry, GuideEditionView, LoadedContent, SiteModel } from './types';
import { bySectionNumber } from './order';
import { authorResolver } from '../attribution/identities';

/** One loop over the registry: a folder collection's entries in its declared order, a file collection's one file. */
function byCollection(content: LoadedContent): { entries: CollectionEntries; files: CollectionFiles } {
	const ordered = (definition: CollectionDefinition, list: ModelEntry[]) => (definition.order ? [...list].sort((a, b) => definition.order!(a, b)) : list);
	const entries = perCollection<CollectionEntries, 'folder'>((name, definition) => ordered(definition, content[name]), 'folder');
	const files = perCollection<CollectionFiles, 'file'>((name) => content[name][0], 'file');
	return { entries, files };
}

export function shapeSite(content: LoadedContent): SiteModel {
	const { entries, files } = byCollection(content);
	const editions = shapeEditions(files.editions?.data, entries.guide);
	const currentEdition = editions.find((edition) => edition.current);
	if (!currentEdition) throw new Error('No guide edition found: content/guide/<edition>/ and guide/editions.yaml are required.');
	const { organisations } = entries;

	return {
		...entries,
		files,
		orgNames: new Map(organisations.map((org) => [org.id, org.data.short_name ?? org.data.name])),
		organisationOfAuthor: authorResolver(organisations.map((org) => ({ id: org.id, editors: org.data.editors }))),
		editions,
		currentEdition,
		glossary: {
			credits: files.glossary?.data.credits ?? [],
			terms: files.glossary?.data.terms ?? [],
			filePath: files.glossary?.filePath,
		},
	};
}

/** Editions newest first; the newest folder is the current edition. */
function shapeEditions(file: GuideEditionsFile | undefined, sections: Entry<GuideSection>[]): GuideEditionView[] {
	const rows = file?.editions ?? [];
	const slugs = [...new Set(sections.map((section) => section.id.split('/')[0]))].sort().reverse();
	return slugs.map((slug, index) => {
		const row = rows.find((r) => r.slug === slug);
		return {
			slug,
			title: row?.title ?? `${slug} 版`,
			published: row?.published ?? '',
			summary: row?.summary ?? '',
			reopened: row?.reopened ?? false,
			current: index === 0,
			sections: sections.filter((section) => section.id.startsWith(`${slug}/`)).sort(bySectionNumber),
		};
	});
}
