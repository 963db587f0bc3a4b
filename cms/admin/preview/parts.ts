/**
 * The building blocks of the site's pages, as React for the preview pane: the same elements and
 * class names as src/components (EntryHeader, CreditList, Facts, Paragraphs, LinkList,
 * SourceNote), so that the site's CSS makes the preview look like the page. The site renders them
 * with Astro at build time; the preview has to render them in the browser as the editor types.
 */
import { createElement as h, Fragment, useLayoutEffect, useRef, type ReactNode } from 'react';
import { routes } from '../../../src/lib/routes';
import { splitSourceRefs } from '../../../src/lib/sources/source-refs';
import { renderMarkdown } from './markdown';
import { sourceLabel } from '../../../src/lib/views/source-label';
import type { EntryNames } from './entry-names';
import type { LinkItem } from '../../../src/lib/views/entry-view';

type Credit = { org?: string; role?: string };

/** The page: Starlight's title, then the content column Starlight's Markdown styles apply to. */
export function Page({ title, children }: { title?: string; children?: ReactNode }) {
	const root = useRef<HTMLDivElement>(null);
	// The site's light theme (Starlight's CSS defaults to dark unless the root says otherwise).
	useLayoutEffect(() => {
		root.current?.ownerDocument.documentElement.setAttribute('data-theme', 'light');
	}, []);
	return h(
		'div',
		{ className: 'gj-preview', ref: root },
		h('h1', { id: '_top' }, title || '（未填写标题）'),
		h('div', { className: 'sl-markdown-content' }, children),
	);
}

export function CreditList({ credits = [], names, label = '署名' }: { credits?: Credit[]; names: EntryNames; label?: string }) {
	if (!credits.length) return null;
	const orgs = names.get('organisations');
	return h(
		'p',
		{ className: 'gj-credits', 'data-credits': '' },
		h('span', { className: 'gj-label' }, label),
		...credits.map((credit, index) =>
			h(
				Fragment,
				{ key: index },
				index > 0 && h('span', { 'aria-hidden': 'true' }, ' · '),
				h('a', { href: credit.org ? routes.organisation(credit.org) : undefined, 'data-org': credit.org }, (credit.org && orgs?.get(credit.org)) ?? credit.org ?? '（未选机构）'),
				h('span', { className: 'gj-role' }, `（${credit.role ?? '未选角色'}）`),
			),
		),
	);
}

export function EntryHeader({ credits, illustrative, names }: { credits?: Credit[]; illustrative?: boolean; names: EntryNames }) {
	return h(
		'div',
		{ className: 'gj-entry-header' },
		h(CreditList, { credits, names }),
		illustrative &&
			h('p', { className: 'gj-illustrative', 'data-illustrative': '' }, h('strong', null, '示例'), ' 本页含有资料未支持的示例性内容（见页内说明），请勿作为事实引用。'),
	);
}

type FactValue = string | number | string[] | undefined;

/** A definition list of structured fields; rows without a value are left out, as on the site. */
export function Facts({ rows }: { rows: { label: string; value?: FactValue }[] }) {
	const shown = rows.filter(({ value }) => (Array.isArray(value) ? value.length : value !== undefined && value !== ''));
	return h(
		'dl',
		{ className: 'gj-facts' },
		...shown.map(({ label, value }) =>
			h(Fragment, { key: label }, h('dt', null, label), h('dd', null, Array.isArray(value) ? value.join('、') : String(value))),
		),
	);
}

/** Text in which every 资料[00N] links to the paper on the sources page, as on the site. */
export function SourceText({ text }: { text: string }) {
	return h(Fragment, null, ...splitSourceRefs(text).map((s, i) => (s.href ? h('a', { key: i, href: s.href, title: s.title }, s.text) : s.text)));
}

/** Plain multi-line text: blank lines separate paragraphs. */
export function Paragraphs({ text }: { text?: string }) {
	const paragraphs = (text ?? '').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
	return h(Fragment, null, ...paragraphs.map((paragraph, index) => h('p', { key: index }, h(SourceText, { text: paragraph }))));
}

export function Markdown({ body, asideTitles }: { body?: string; asideTitles: Record<string, string> }) {
	if (!body?.trim()) return null;
	return h('div', { dangerouslySetInnerHTML: { __html: renderMarkdown(body, asideTitles) } });
}

export function Items({ items = [], ordered = false }: { items?: string[]; ordered?: boolean }) {
	return h(ordered ? 'ol' : 'ul', null, ...items.map((item, index) => h('li', { key: index }, item)));
}

/** A titled list of links to related entries; renders nothing when the list is empty and no `empty` text is given. */
export function LinkList({ title, items, level = 2, empty }: { title: string; items: LinkItem[]; level?: 2 | 3; empty?: string }) {
	if (!items.length && !empty) return null;
	return h(
		'section',
		{ className: 'gj-links' },
		h(`h${level}`, null, title),
		items.length
			? h('ul', null, ...items.map((item, i) => h('li', { key: i }, h('a', { href: item.href }, item.label), item.note && h('span', { className: 'gj-note' }, ` ${item.note}`))))
			: h('p', { className: 'gj-note' }, empty),
	);
}

export function SourceNote({ source }: { source?: string }) {
	return h('p', { className: 'gj-source' }, h('span', { className: 'gj-label' }, sourceLabel), h(SourceText, { text: source ?? '' }));
}
