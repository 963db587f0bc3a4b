/**
 * What the HTML of a content body may contain: the elements and attributes that Markdown as our
 * editors write it produces (headings, paragraphs, lists, task lists, tables, emphasis, links,
 * images under /files/, footnotes) and the markup of Starlight's asides, which Starlight's remark
 * plugin has already put into the tree when our rehype plugin runs. Everything else — scripts,
 * frames, styles, forms, event handlers, unknown elements — is not on the list and so never
 * reaches the page. Built on hast-util-sanitize's GitHub-like default, narrowed.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

/** Elements that Markdown (CommonMark + GFM + footnotes) produces, plus `aside` for asides. */
export const CONTENT_TAGS = [
	'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
	'p', 'br', 'hr', 'blockquote', 'pre', 'code',
	'ul', 'ol', 'li', 'input',
	'table', 'thead', 'tbody', 'tr', 'th', 'td',
	'em', 'strong', 'del', 's', 'sup', 'sub', 'a', 'img',
	'section', 'div', 'span', 'aside',
	// The aside icon: only kept where Starlight put it (see rehype-content-sanitize.ts).
	'svg', 'path',
] as const;

/** URL schemes a link may use; anything else (javascript:, data:, vbscript: …) is removed. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

const asideVariant = /^starlight-aside(?:--(?:note|tip|caution|danger)|__(?:title|content|icon))?$/;

export const contentHtmlSchema: Schema = {
	...defaultSchema,
	tagNames: [...CONTENT_TAGS],
	// Removed with everything inside; other unknown elements are unwrapped to their text.
	strip: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript', 'template', 'math', 'textarea', 'select', 'title', 'xmp', 'noembed', 'noframes'],
	attributes: {
		a: ['href', 'title', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
		img: ['src', 'alt', 'title', 'width', 'height'],
		input: [['type', 'checkbox'], ['disabled', true], 'checked'],
		ul: [['className', 'contains-task-list']],
		ol: [['className', 'contains-task-list'], 'start'],
		li: [['className', 'task-list-item']],
		code: [['className', /^language-[\w-]+$/]],
		th: ['align', 'colSpan', 'rowSpan', 'scope'],
		td: ['align', 'colSpan', 'rowSpan'],
		// The footnotes' label, which footnote references point at with aria-describedby.
		h2: [['className', 'sr-only'], ['id', 'footnote-label']],
		section: ['dataFootnotes', ['className', 'footnotes']],
		aside: ['ariaLabel', ['className', asideVariant]],
		p: [['className', asideVariant], 'ariaHidden'],
		div: [['className', asideVariant]],
		svg: ['viewBox', 'width', 'height', 'fill', ['className', asideVariant]],
		path: ['d', 'fillRule', 'clipRule'],
		// Ids only as remark-rehype makes them for footnotes, so content cannot clobber page ids.
		'*': [['id', /^user-content-/]],
	},
	// Footnote ids already carry remark-rehype's `user-content-` prefix; prefixing again would break them.
	clobber: [],
	protocols: {
		href: [...LINK_PROTOCOLS],
		src: ['http', 'https'],
	},
	required: { input: { type: 'checkbox', disabled: true } },
	ancestors: defaultSchema.ancestors,
	allowComments: false,
	allowDoctypes: false,
};
