/** A guide section's page: the text with its checklist, the cautions, and what it links to. */
import { guideSectionSchema } from '../../schemas/guide';
import { sessionsTeachingSection } from '../model/relations';
import { routes } from '../routes';
import type { Block, EntryView } from './entry-view';
import { guideSectionFacts } from './facts';
import { labelOf } from './labels';
import { fieldLinks } from './relation-links';
import { listOf, type ViewContext, type ViewEntry } from './view-context';

export interface EditionOfSection {
	slug: string;
	title: string;
	current: boolean;
}

export function guideSectionView({ data }: ViewEntry, edition: EditionOfSection, { links, site }: ViewContext): EntryView {
	const checklist = listOf<string>(data.checklist);
	const cautions = listOf<string>(data.cautions);
	const sessions = site && edition.current && data.section_id ? sessionsTeachingSection(site, data.section_id) : [];
	const blocks: Block[] = [
		{ kind: 'facts', rows: guideSectionFacts(data, edition) },
		{
			kind: 'checklistScope',
			edition: edition.slug,
			sectionId: String(data.section_id ?? ''),
			blocks: [
				{ kind: 'body', toc: true },
				...(checklist.length ? [{ kind: 'section', id: 'checklist', title: labelOf(guideSectionSchema, 'checklist'), level: 2, wrap: true, blocks: [{ kind: 'checklist', items: checklist }] } as Block] : []),
			],
		},
		...(cautions.length ? [{ kind: 'section', id: 'cautions', title: labelOf(guideSectionSchema, 'cautions'), level: 2, wrap: true, blocks: [{ kind: 'items', items: cautions }] } as Block] : []),
		{ kind: 'links', level: 3, title: labelOf(guideSectionSchema, 'related_cases'), items: fieldLinks(links, guideSectionSchema, 'related_cases', data.related_cases) },
		{ kind: 'links', level: 3, title: labelOf(guideSectionSchema, 'tools'), items: fieldLinks(links, guideSectionSchema, 'tools', data.tools) },
		{ kind: 'links', level: 3, siteOnly: true, title: '学习小组中讲授本节的单元', items: sessions.map((s) => ({ href: routes.session(s.data.module, s.id), label: s.data.title })) },
		{ kind: 'source', text: data.source },
		{ kind: 'slot', name: 'pdf' },
	];
	const title = [data.section_no, data.title].filter(Boolean).join(' ');
	return { title, description: data.summary, credits: listOf(data.credits), illustrative: Boolean(data.illustrative), blocks };
}
