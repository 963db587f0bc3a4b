/**
 * Reads a built page the way Pagefind would: the text inside `data-pagefind-body` (Starlight puts
 * it on <main> of every searchable page), minus `data-pagefind-ignore` and the elements Pagefind
 * leaves out, cut into blocks so that no match runs from one paragraph, cell or heading into the
 * next. Also returns the page's title (its <h1>) and the search metadata ContentPage embeds.
 */
import { Parser } from 'htmlparser2';
import type { SearchMeta } from './filters';
import { normaliseText } from './normalise';

export interface IndexedPage {
	title: string;
	/** Normalised text, one entry per block element. */
	blocks: string[];
	/** Type and filter values from ContentPage's `data-search-meta`; absent on Starlight's own pages. */
	meta?: SearchMeta;
}

/** Elements Pagefind does not index the text of. */
const SKIPPED = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);

const BLOCKS = new Set([
	'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
	'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
	'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

interface Frame {
	body: boolean;
	ignored: boolean;
	heading: boolean;
}

export function extractIndexedPage(html: string): IndexedPage | undefined {
	const stack: Frame[] = [];
	let bodyDepth = 0;
	let ignoredDepth = 0;
	let headingDepth = 0;
	let foundBody = false;
	let title: string | undefined;
	let titleText = '';
	let meta: SearchMeta | undefined;
	const blocks: string[] = [];
	let current = '';

	const endBlock = () => {
		const text = normaliseText(current);
		if (text) blocks.push(text);
		current = '';
	};
	const indexing = () => bodyDepth > 0 && ignoredDepth === 0;

	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (attributes['data-search-meta']) meta = JSON.parse(attributes['data-search-meta']) as SearchMeta;
				const frame: Frame = {
					body: 'data-pagefind-body' in attributes,
					ignored: SKIPPED.has(name) || 'data-pagefind-ignore' in attributes,
					heading: name === 'h1' && title === undefined && indexing(),
				};
				if (BLOCKS.has(name) && indexing()) endBlock();
				stack.push(frame);
				if (frame.body) {
					bodyDepth++;
					foundBody = true;
				}
				if (frame.ignored) ignoredDepth++;
				if (frame.heading) headingDepth++;
			},
			ontext(text) {
				if (!indexing()) return;
				current += text;
				if (headingDepth > 0) titleText += text;
			},
			onclosetag(name) {
				const frame = stack.pop();
				if (!frame) return;
				if (BLOCKS.has(name) && indexing()) endBlock();
				if (frame.body) bodyDepth--;
				if (frame.ignored) ignoredDepth--;
				if (frame.heading && --headingDepth === 0) title = titleText.replace(/\s+/g, ' ').trim();
			},
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	endBlock();
	if (!foundBody) return undefined;
	return { title: title ?? '', blocks, meta };
}
