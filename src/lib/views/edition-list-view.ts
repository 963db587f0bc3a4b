/**
 * The page of the guide's editions, newest first: each edition's title (linking to it), its date
 * and summary, and on the site how many sections it has and the comparison with the one before.
 */
import { guideEditionSchema } from '../../schemas/guide';
import type { SiteModel } from '../model/types';
import { routes } from '../routes';
import type { EditionView, EntryView } from './entry-view';
import { labelOf } from './labels';
import { listOf } from './view-context';

type EditionRow = { slug?: string; title?: string; published?: string; summary?: string };

/**
 * `rows`: the editions file's rows (content/guide/editions.yaml), oldest first as in the file, the
 * last being the current edition. `site`: the built site, which knows each edition's sections.
 */
export function editionListView(rows: unknown, site?: SiteModel): EntryView {
	const editions = listOf<EditionRow>(rows).slice().reverse();
	return {
		title: '指引的所有版本',
		description: '《老年人入户工作指引》历次版本的全文，以及每两版之间逐节的修订说明',
		credits: [],
		illustrative: false,
		blocks: [
			{ kind: 'lede', text: '《老年人入户工作指引》的每一版都完整保存，可以随时查阅；每两版之间有修订说明，逐节列出新增、删除和修改。' },
			{
				kind: 'editions',
				publishedLabel: labelOf(guideEditionSchema, 'published'),
				editions: editions.map((edition, index): EditionView => {
					const current = index === 0;
					const previous = editions[index + 1];
					const built = site?.editions.find((other) => other.slug === edition.slug);
					return {
						slug: edition.slug,
						link: { href: edition.slug ? routes.guideEdition(edition.slug, current) : undefined, label: edition.title ?? '' },
						current,
						published: edition.published,
						summary: edition.summary,
						sections: built?.sections.length,
						changes: site && previous?.slug && edition.slug ? { href: routes.editionChanges(previous.slug, edition.slug), label: `${edition.title}修订说明：与${previous.title}相比` } : undefined,
					};
				}),
			},
		],
	};
}
