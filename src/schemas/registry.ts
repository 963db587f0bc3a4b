/**
 * The collection registry: everything the site knows about each collection, declared once. Where
 * its files live, its schema and labels (also its CMS collection and its search type), the page
 * that shows an entry and its title there, whether its files have history pages, how an
 * organisation's profile lists what it is credited on, its sidebar link and the personal-data
 * rules beyond those every field gets. The site model, the content check, the routes' helpers,
 * the sidebar, the search filters and the Decap config all loop over this list; none of them names
 * a collection. Relations are read from the schemas' `ref`/`refs` fields (`relationsOf`).
 *
 * Adding a content type: a schema file next to this one, an entry below, and its content under
 * content/ (README, "Adding a content type").
 */
import type { z } from 'astro/zod';
import { routes } from '../lib/routes';
import { briefBody, briefSchema } from './briefs';
import { caseBody, caseSchema } from './cases';
import { moduleBody, moduleSchema, sessionBody, sessionSchema } from './curriculum';
import { eventBody, eventSchema } from './events';
import { fieldMeta, nestedShape, type FieldShape } from './fields';
import { glossaryFileSchema } from './glossary';
import { guideEditionsFileSchema, guideSectionBody, guideSectionSchema } from './guide';
import { organisationSchema } from './organisations';
import { pageBody, pageSchema } from './pages';
import { toolBody, toolSchema } from './tools';

/** Where an entry of an editioned collection stands: its edition folder, and whether that is the current one. */
export interface EditionPlace {
	edition?: string;
	current: boolean;
}

/** What the registry's functions see of an entry: its id (the file name) and its validated data. */
export interface RegistryEntry<D> {
	id: string;
	data: D;
}

/**
 * The views that draw an entry's page on the site (src/lib/views/, through
 * src/lib/views/entry-page.ts) and its preview in the CMS (cms/admin/preview/templates.ts), by name.
 */
export type ViewName = 'organisation' | 'guideSection' | 'editionList' | 'case' | 'brief' | 'module' | 'session' | 'tool' | 'event' | 'termList' | 'page';

interface BaseCollection<N extends string, S extends z.ZodObject> {
	/** Astro collection name, also the Decap collection name and the site model's key. */
	name: N;
	/** Chinese name of the collection, as shown in the CMS and on pages. */
	label: string;
	/** Chinese name of one entry; also the entry's type in search results and filters. */
	labelSingular: string;
	/** One line for the CMS collection list. */
	description: string;
	schema: S;
	/** The page that shows an entry (for a file collection: the page that shows the file). */
	url(entry: RegistryEntry<z.output<S>>, place: EditionPlace): string;
	/** The page's title, as history pages, feeds and organisation profiles list it. */
	title(entry: RegistryEntry<z.output<S>>): string;
	/** `url` reads the entry's data, not only its id (a session's URL holds its module). */
	urlReadsData?: boolean;
	/** How a missing relation's message names the collection, when not by its label (ids resolve in the current edition only). */
	targetLabel?: string;
	/** Each file gets a revision history page (/history/<path>/). */
	history: boolean;
	/** An entry's printed page carries a QR code to itself (components/PrintQr.astro), for readers who scan from paper. */
	printQr?: boolean;
	/** The view that draws an entry's page and its CMS preview; without one, the generic pages draw it and the CMS shows no preview. */
	view?: ViewName;
	/** On an organisation's profile: the heading of what it is credited on here, and optionally a page listing all of it. */
	credited?: {
		heading: string;
		all?: (orgId: string) => string;
		/** A list field of organisation ids whose members are credited with this role too. */
		alsoAs?: { field: keyof z.output<S> & string; role: string };
	};
	/** A link in the site-wide sidebar, at `position` among the registry's links. */
	sidebar?: { label: string; link: string; position: number };
	/** Personal-data rules beyond the per-field ones (fields.ts `privacy`). */
	personalData?: {
		/** Photos of service users need this field ticked, else the check refuses them. */
		photoConsentField?: keyof z.output<S> & string;
	};
	/** The order entries are listed in, in the site model. */
	order?(a: RegistryEntry<z.output<S>>, b: RegistryEntry<z.output<S>>): number;
	/**
	 * A field whose value orders the entries and so must be unique among the entries of the same
	 * group (`within`, e.g. the same edition or module); the message says what a clash breaks.
	 */
	uniqueOrder?: {
		field: keyof z.output<S> & string;
		within?(entry: RegistryEntry<z.output<S>>, place: EditionPlace): string;
		message(value: string, other: string): string;
	};
	/** Every heading of the page comes from the body, so links to its anchors can be checked. */
	anchorsFromBody?: boolean;
	/**
	 * No page files of its own: the entries are shown by the generic pages in src/pages/[collection]/
	 * at `/<name>/<id>/`, with an index at `/<name>/`; `url` must then be `routes.collectionEntry(name, id)`.
	 */
	genericPages?: boolean;
	/** Keep the Markdown source after loading (guide editions are compared as text; Starlight reads its pages). */
	retainBody?: boolean;
	/** Starlight renders these pages from content, with its own frontmatter schema extended by ours. */
	starlightPages?: boolean;
}

/** One file per entry, in a folder under content/. */
export interface FolderCollection<N extends string = string, S extends z.ZodObject = z.ZodObject> extends BaseCollection<N, S> {
	kind: 'folder';
	/** Folder under content/. For the guide, each edition is a subfolder of it. */
	dir: string;
	extension: 'md' | 'yaml';
	/** The frontmatter field that holds the entry's id (and, by default, its file name). */
	idField: string;
	/** Markdown body field, for `md` collections. */
	body?: z.ZodType;
	/** Entries live one folder deeper, in one subfolder per edition. */
	editioned?: boolean;
}

/** A single YAML file whose entries are the rows of one list field. */
export interface FileCollection<N extends string = string, S extends z.ZodObject = z.ZodObject> extends BaseCollection<N, S> {
	kind: 'file';
	/** Path under content/. */
	file: string;
	/** The list field whose rows are the entries. */
	listField: string;
	/** The field of a row that is its id. */
	rowIdField: string;
}

// Identity functions: they let TypeScript type each declaration's callbacks with its own schema.
const folder = <const N extends string, S extends z.ZodObject>(definition: Omit<FolderCollection<N, S>, 'kind'>) =>
	({ kind: 'folder', ...definition }) as FolderCollection<N, S> & { kind: 'folder'; name: N };
const file = <const N extends string, S extends z.ZodObject>(definition: Omit<FileCollection<N, S>, 'kind'>) =>
	({ kind: 'file', ...definition }) as FileCollection<N, S> & { kind: 'file'; name: N };

const collator = new Intl.Collator('zh-CN-u-co-pinyin');
const byTitle = (a: RegistryEntry<{ title: string }>, b: RegistryEntry<{ title: string }>) => collator.compare(a.data.title, b.data.title);
const byOrder = (a: RegistryEntry<{ order: number }>, b: RegistryEntry<{ order: number }>) => a.data.order - b.data.order;

export const collections = [
	folder({
		name: 'organisations',
		label: '机构名录',
		labelSingular: '机构',
		description: '网络中的机构：基金会、支持机构、伙伴机构和政府部门；也在这里登记各机构编辑的身份',
		dir: 'organisations',
		extension: 'yaml',
		idField: 'slug',
		schema: organisationSchema,
		url: ({ id }) => routes.organisation(id),
		title: ({ data }) => data.name,
		history: true,
		view: 'organisation',
		sidebar: { label: '机构名录', link: routes.organisations(), position: 7 },
	}),
	folder({
		name: 'guide',
		label: '入户工作指引',
		labelSingular: '指引章节',
		description: '《老年人入户工作指引》的章节，每一版一个文件夹；最新一版为现行版本',
		dir: 'guide',
		extension: 'md',
		idField: 'section_id',
		editioned: true,
		schema: guideSectionSchema,
		body: guideSectionBody,
		url: ({ data }, { edition, current }) => routes.guideSection(edition!, data.section_id, current),
		title: ({ data }) => `${data.section_no} ${data.title}`,
		history: true,
		view: 'guideSection',
		credited: { heading: '入户工作指引（现行版）章节' },
		targetLabel: '现行版指引',
		uniqueOrder: {
			field: 'section_no',
			within: (_, { edition }) => edition ?? '',
			message: (value, other) => `章节编号 ${value} 与同一版本的 ${other} 重复，章节顺序会不确定。请换一个编号`,
		},
		anchorsFromBody: true,
		sidebar: { label: '入户工作指引', link: routes.guide(), position: 1 },
		retainBody: true,
	}),
	file({
		name: 'editions',
		label: '指引版本',
		labelSingular: '指引版本',
		description: '指引各版本的名称、发布日期和版本说明',
		file: 'guide/editions.yaml',
		listField: 'editions',
		rowIdField: 'slug',
		schema: guideEditionsFileSchema,
		url: () => routes.guideEditions(),
		title: () => '指引版本列表',
		history: true,
		view: 'editionList',
	}),
	folder({
		name: 'cases',
		label: '案例集',
		labelSingular: '案例',
		description: '成员机构的服务案例：背景、需求评估、介入、成效和困难与反思',
		dir: 'cases',
		extension: 'md',
		idField: 'slug',
		schema: caseSchema,
		body: caseBody,
		url: ({ id }) => routes.case(id),
		title: ({ data }) => data.title,
		history: true,
		printQr: true,
		view: 'case',
		credited: { heading: '案例', all: (orgId) => routes.caseFacet('org', orgId) },
		sidebar: { label: '案例库', link: routes.cases(), position: 3 },
		personalData: { photoConsentField: 'photo_consent' },
		order: byTitle,
	}),
	folder({
		name: 'briefs',
		label: '政策建议',
		labelSingular: '政策建议',
		description: '政策建议及其状态记录和支撑案例',
		dir: 'briefs',
		extension: 'md',
		idField: 'slug',
		schema: briefSchema,
		body: briefBody,
		url: ({ id }) => routes.brief(id),
		title: ({ data }) => data.title,
		history: true,
		printQr: true,
		view: 'brief',
		credited: { heading: '政策建议' },
		sidebar: { label: '政策建议', link: routes.briefs(), position: 4 },
	}),
	folder({
		name: 'modules',
		label: '学习模块',
		labelSingular: '学习模块',
		description: '社会工作实务学习小组的模块，按顺序组成新同事的学习路径',
		dir: 'curriculum/modules',
		extension: 'md',
		idField: 'slug',
		schema: moduleSchema,
		body: moduleBody,
		url: ({ id }) => routes.module(id),
		title: ({ data }) => data.title,
		history: true,
		view: 'module',
		credited: { heading: '学习模块' },
		uniqueOrder: { field: 'order', message: (value, other) => `顺序 ${value} 与 ${other} 重复，学习路径的先后会不确定。请换一个数字` },
		sidebar: { label: '新同事入门', link: routes.learn(), position: 2 },
		order: byOrder,
	}),
	folder({
		name: 'sessions',
		label: '学习单元',
		labelSingular: '学习单元',
		description: '每个模块中的单元：目标、时长、活动、反思问题和教学案例',
		dir: 'curriculum/sessions',
		extension: 'md',
		idField: 'slug',
		schema: sessionSchema,
		body: sessionBody,
		url: ({ id, data }) => routes.session(data.module, id),
		urlReadsData: true,
		title: ({ data }) => data.title,
		history: true,
		view: 'session',
		credited: { heading: '学习单元' },
		uniqueOrder: {
			field: 'order',
			within: ({ data }) => data.module,
			message: (value, other) => `模块内顺序 ${value} 与同一模块的 ${other} 重复，单元的先后会不确定。请换一个数字`,
		},
		order: byOrder,
	}),
	folder({
		name: 'tools',
		label: '工具模板',
		labelSingular: '工具',
		description: '申报书、实施方案、案例撰写模板等可下载的表格',
		dir: 'tools',
		extension: 'md',
		idField: 'slug',
		schema: toolSchema,
		body: toolBody,
		url: ({ id }) => routes.tool(id),
		title: ({ data }) => data.title,
		history: true,
		view: 'tool',
		credited: { heading: '工具模板' },
		sidebar: { label: '工具模板', link: routes.tools(), position: 5 },
	}),
	folder({
		name: 'events',
		label: '网络活动',
		labelSingular: '活动',
		description: '伙伴见面会、交流会、政策面对面等网络活动的记录',
		dir: 'events',
		extension: 'md',
		idField: 'slug',
		schema: eventSchema,
		body: eventBody,
		url: ({ id }) => routes.event(id),
		title: ({ data }) => data.title,
		history: true,
		view: 'event',
		credited: { heading: '网络活动', alsoAs: { field: 'participants', role: '参与' } },
		sidebar: { label: '网络活动', link: routes.events(), position: 6 },
		// Newest first.
		order: (a, b) => b.data.date.localeCompare(a.data.date),
	}),
	file({
		name: 'glossary',
		label: '术语表',
		labelSingular: '术语',
		description: '网络常用术语及释义',
		file: 'glossary.yaml',
		listField: 'terms',
		rowIdField: 'term',
		schema: glossaryFileSchema,
		url: () => routes.glossary(),
		title: () => '术语表',
		history: true,
		view: 'termList',
		credited: { heading: '术语表' },
		sidebar: { label: '术语表', link: routes.glossary(), position: 8 },
	}),
	folder({
		name: 'docs',
		label: '其他页面',
		labelSingular: '页面',
		description: '关于我们、如何参与等说明页面',
		dir: 'pages',
		extension: 'md',
		idField: 'slug',
		schema: pageSchema,
		body: pageBody,
		url: ({ id }) => routes.page(id),
		title: ({ data }) => data.title,
		history: true,
		view: 'page',
		credited: { heading: '说明页面' },
		anchorsFromBody: true,
		retainBody: true,
		starlightPages: true,
	}),
] as const;

/** Any collection of the registry, with its own schema. */
export type Collection = (typeof collections)[number];
export type CollectionName = Collection['name'];
export type FolderCollectionName = Extract<Collection, { kind: 'folder' }>['name'];
export type FileCollectionName = Extract<Collection, { kind: 'file' }>['name'];
/** The validated data of one entry (of a file collection: of the whole file) of a collection. */
export type DataOf<N extends CollectionName> = z.output<Extract<Collection, { name: N }>['schema']>;

/** The registry's declaration of the collection named `N`, with its own schema's types. */
export type CollectionOf<N extends CollectionName> = Extract<Collection, { name: N }>;

/** A record with one value per collection (or per collection of one kind), keyed by name: the shape of the site model's records. */
type PerCollection<K extends Collection['kind']> = { [N in Extract<Collection, { kind: K }>['name']]: unknown };

/**
 * Builds a record with one value per collection, keyed by name, each made from that collection's
 * declaration (with `kind`, per collection of that kind only): the only place the registry's list
 * becomes a record typed per name. TypeScript cannot check a value written under a key known only
 * in a loop against that key's own type (a mapped type indexed by a type parameter can be read
 * through, not written to), so the record is asserted once, here: `make` must return, for each
 * collection, the value of R under its name. Readers index the record with typed names and need
 * no casts.
 */
export function perCollection<R extends PerCollection<K>, K extends Collection['kind'] = Collection['kind']>(
	make: <N extends CollectionName>(name: N, collection: CollectionOf<N>) => unknown,
	kind?: K,
): R {
	const chosen = collections.filter((collection) => !kind || collection.kind === kind);
	return Object.fromEntries(chosen.map((collection) => [collection.name, make(collection.name, collection)])) as R;
}

/** `perCollection` for values that are loaded (Astro's getCollection). */
export async function perCollectionAsync<R extends PerCollection<Collection['kind']>>(make: <N extends CollectionName>(name: N, collection: CollectionOf<N>) => Promise<unknown>): Promise<R> {
	const made = await Promise.all(collections.map(async (collection) => [collection.name, await make(collection.name, collection)] as const));
	return Object.fromEntries(made) as R;
}

/** A collection whatever its schema, for code that treats every collection alike. */
export type CollectionDefinition = FolderCollection<FolderCollectionName> | FileCollection<FileCollectionName>;

export function getCollectionDefinition(name: string): CollectionDefinition {
	const found = collections.find((collection) => collection.name === name);
	if (!found) throw new Error(`Unknown collection ${name}`);
	return found as CollectionDefinition;
}

/** The collection whose entries a schema validates (views name what they draw by schema, not by collection name). */
export function collectionOfSchema(schema: z.ZodObject): CollectionDefinition {
	const found = allCollections.find((collection) => collection.schema === schema);
	if (!found) throw new Error('No collection of the registry has this schema');
	return found;
}

/** The registry seen without each collection's own schema types. */
export const allCollections: readonly CollectionDefinition[] = collections as readonly CollectionDefinition[];

export interface Relation {
	/** Field path, nested fields joined by dots (`status_history.evidence`). */
	field: string;
	/** The collection the ids point into. */
	target: string;
	multiple: boolean;
}

/** The relations a collection's entries hold: every `ref`/`refs` field of its schema, at any depth. */
export function relationsOf(definition: Pick<CollectionDefinition, 'schema'>): Relation[] {
	const found: Relation[] = [];
	const walk = (shape: FieldShape, prefix: string) => {
		for (const [key, schema] of Object.entries(shape)) {
			const path = prefix ? `${prefix}.${key}` : key;
			const meta = fieldMeta(schema);
			if (meta?.widget === 'relation' && meta.collection) {
				found.push({ field: path, target: meta.collection, multiple: Boolean(meta.multiple) });
				continue;
			}
			const inner = nestedShape(schema);
			if (inner) walk(inner, path);
		}
	};
	walk(definition.schema.shape as FieldShape, '');
	return found;
}

// A relation into a collection that is not in the registry, or into a file collection (whose
// rows have no pages of their own), would only be noticed when an editor picks from an empty list.
for (const definition of allCollections) {
	for (const { field, target } of relationsOf(definition)) {
		const into = allCollections.find((c) => c.name === target);
		if (into?.kind !== 'folder') throw new Error(`${definition.name}.${field}: relation to ${target}, which is not a folder collection of the registry`);
	}
}
