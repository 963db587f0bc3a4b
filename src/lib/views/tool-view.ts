/** A tool's page: its downloadable files, how to fill them in, and (on the site) where it is used. */
import { routes } from '../routes';
import type { Block, EntryView } from './entry-view';
import { toolFacts } from './facts';
import { listOf, type ViewContext, type ViewEntry } from './view-context';

export function toolView({ id, data }: ViewEntry, { site }: ViewContext): EntryView {
	const blocks: Block[] = [
		{ kind: 'lede', text: data.summary },
		{ kind: 'facts', rows: toolFacts(data) },
		{ kind: 'section', id: 'download', title: '下载', level: 2, wrap: false, blocks: [{ kind: 'downloads', files: listOf(data.files) }] },
		{ kind: 'body', toc: true },
	];
	if (site && id) {
		const edition = site.currentEdition;
		const inGuide = edition.sections.filter((s) => s.data.tools.includes(id));
		const inSessions = site.sessions.filter((s) => s.data.tools.includes(id));
		blocks.push(
			{ kind: 'links', level: 3, siteOnly: true, title: '用到本工具的指引章节', items: inGuide.map((s) => ({ href: routes.guideSection(edition.slug, s.data.section_id, true), label: `${s.data.section_no} ${s.data.title}` })) },
			{ kind: 'links', level: 3, siteOnly: true, title: '用到本工具的学习单元', items: inSessions.map((s) => ({ href: routes.session(s.data.module, s.id), label: s.data.title })) },
		);
	}
	blocks.push({ kind: 'source', text: data.source });
	return { title: data.title, description: data.summary, credits: listOf(data.credits), illustrative: Boolean(data.illustrative), blocks };
}
