/**
 * Draws an entry's view model (src/lib/views/entry-view.ts) as React, block for block with the
 * same elements and class names as the site's renderer (src/components/views/ViewBlocks.astro),
 * so the site's CSS makes the preview look like the page.
 */
import { createElement as h, Fragment, type ReactNode } from 'react';
import type { Block, EntryView } from '../../../src/lib/views/entry-view';
import { withoutSiteOnly } from '../../../src/lib/views/entry-view';
import { EntryHeader, Facts, Items, LinkList, Page, Paragraphs, SourceNote, SourceText } from './parts';
import type { EntryNames } from './entry-names';

function renderBlock(block: Block, key: number, body: ReactNode): ReactNode {
	switch (block.kind) {
		case 'lede':
			return h('p', { key, className: block.className }, block.text);
		case 'paragraphs':
			return h(Paragraphs, { key, text: block.text });
		case 'facts':
			return h(Facts, { key, rows: block.rows });
		case 'items':
			return h(Items, { key, items: block.items, ordered: block.ordered });
		case 'timeline':
			return h('ol', { key, className: 'gj-timeline', 'data-status-history': '' }, ...block.rows.map((row, i) => h('li', { key: i }, h('time', null, row.date), ' ', h('span', { className: 'gj-status' }, row.status), `：${row.note ?? ''}`)));
		case 'table':
			return h(
				'table',
				{ key },
				h('thead', null, h('tr', null, ...block.columns.map((column, i) => h('th', { key: i }, column)))),
				h('tbody', null, ...block.rows.map((row, i) => h('tr', { key: i }, ...row.map((cell, j) => h('td', { key: j }, cell.paragraphs ? h(Paragraphs, { text: cell.text }) : cell.text))))),
			);
		case 'quotes':
			return h('section', { key }, ...block.quotes.map((quote, i) => h('blockquote', { key: i }, h('p', null, quote.text), h('footer', null, `—— ${quote.speaker ?? ''}`))));
		case 'checklist':
			return h('ul', { key, className: 'contains-task-list gj-checklist' }, ...block.items.map((item, i) => h('li', { key: i, className: 'task-list-item' }, h('label', null, h('input', { type: 'checkbox' }), ` ${item}`))));
		case 'cards':
			return block.cards.length
				? h('div', { key, className: 'gj-cards' }, ...block.cards.map((card, i) => h('article', { key: i, className: 'gj-card', 'data-case': card.id }, h('h3', null, h('a', { href: card.link.href }, card.link.label)))))
				: h('p', { key, className: 'gj-note' }, block.empty);
		case 'downloads':
			return h('ul', { key, 'data-downloads': '' }, ...block.files.map((file, i) => h('li', { key: i }, h('a', { href: file.path, download: true }, file.label), ' ', h('span', { className: 'gj-note' }, String(file.path ?? '').split('.').pop()?.toUpperCase()))));
		case 'links':
			return h(LinkList, { key, title: block.title, level: block.level, items: block.items, empty: block.empty });
		case 'body':
			return h(Fragment, { key }, body);
		case 'slot':
		case 'summary':
			return null;
		case 'source':
			return h(SourceNote, { key, source: block.text });
		case 'editions':
			return h(
				Fragment,
				{ key },
				...block.editions.map((edition, i) =>
					h(
						'section',
						{ key: i, 'data-edition': edition.slug },
						h('h2', null, h('a', { href: edition.link.href }, edition.link.label), edition.current ? '（现行）' : ''),
						h('p', { className: 'gj-note' }, edition.published && `${block.publishedLabel}：${edition.published}`, edition.sections !== undefined && h('span', { className: 'gj-edition-size' }, edition.published && ' · ', `${edition.sections} 节`)),
						h(Paragraphs, { text: edition.summary }),
						edition.changes && h('p', { className: 'gj-edition-changes' }, h('a', { href: edition.changes.href }, edition.changes.label)),
					),
				),
			);
		case 'terms':
			return h(
				Fragment,
				{ key },
				h('nav', { className: 'gj-glossary-index', 'aria-label': '按拼音首字母查找' }, h('ul', null, ...block.groups.map((group, i) => h('li', { key: i }, h('a', { href: `#initial-${group.initial}` }, group.initial))))),
				...block.groups.map((group, i) =>
					h(
						'section',
						{ key: i, className: 'gj-glossary-group', 'aria-labelledby': `initial-${group.initial}` },
						h('h2', { id: `initial-${group.initial}` }, group.initial),
						h(
							'dl',
							{ className: 'gj-glossary' },
							...group.terms.map((term, j) =>
								h(
									Fragment,
									{ key: j },
									h('dt', { id: term.term }, h('strong', null, term.term), term.illustrative && h('span', { className: 'gj-badge' }, '示例'), term.gloss && h('span', { className: 'gj-note' }, ` ${term.gloss}`)),
									h(
										'dd',
										null,
										h('p', null, term.definition),
										h(
											'p',
											{ className: 'gj-note' },
											`${block.sourceLabel}：`,
											h(SourceText, { text: term.source ?? '' }),
											term.seeAlso.length > 0 && h(Fragment, null, ` · ${block.seeAlsoLabel}：`, ...term.seeAlso.map((other, k) => h(Fragment, { key: k }, k > 0 && '、', h('a', { href: other.href }, other.label)))),
										),
									),
								),
							),
						),
					),
				),
			);
		case 'checklistScope':
			return h(Fragment, { key }, ...block.blocks.map((child, i) => renderBlock(child, i, body)));
		case 'section': {
			const content = [h(`h${block.level}`, { key: 'h', id: block.id }, block.title), ...block.blocks.map((child, i) => renderBlock(child, i, body))];
			return block.wrap ? h('section', { key, className: block.className }, ...content) : h(Fragment, { key }, ...content);
		}
	}
}

/** The preview of one entry: what the page's main column will show, without what only the site knows. */
export function ViewPage({ view, names, body }: { view: EntryView; names: EntryNames; body: ReactNode }) {
	return h(
		Page,
		{ title: view.title },
		h(EntryHeader, { credits: view.credits, illustrative: view.illustrative, names }),
		...withoutSiteOnly(view.blocks).map((block, i) => renderBlock(block, i, body)),
	);
}
