/**
 * The content model: every collection, where its files live and which schema they follow.
 * `src/content.config.ts`, the CMS config, the content checks and the search filters all read
 * this list; nothing else names a collection's folder or fields.
 */
import type { z } from 'astro/zod';
import { briefBody, briefSchema } from './briefs';
import { caseBody, caseSchema } from './cases';
import { moduleBody, moduleSchema, sessionBody, sessionSchema } from './curriculum';
import { eventBody, eventSchema } from './events';
import { frozenEditionsSchema } from './frozen-editions';
import { glossaryFileSchema } from './glossary';
import { guideEditionsFileSchema, guideSectionBody, guideSectionSchema } from './guide';
import { historyFileSchema } from './history';
import { organisationSchema } from './organisations';
import { pageBody, pageSchema } from './pages';
import { toolBody, toolSchema } from './tools';

interface BaseCollection {
	/** Astro collection name. */
	name: string;
	/** Chinese name of the collection, as shown in the CMS and on pages. */
	label: string;
	/** Chinese name of one entry. */
	labelSingular: string;
	/** One line for the CMS collection list. */
	description: string;
	schema: z.ZodObject;
}

/** One file per entry, in a folder under content/. */
export interface FolderCollection extends BaseCollection {
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
export interface FileCollection extends BaseCollection {
	kind: 'file';
	/** Path under content/. */
	file: string;
	/** The list field whose rows are the entries. */
	listField: string;
	/** The field of a row that is its id. */
	rowIdField: string;
}

export type CollectionDefinition = FolderCollection | FileCollection;

export const collections = [
	{
		kind: 'folder',
		name: 'organisations',
		label: '机构名录',
		labelSingular: '机构',
		description: '网络中的机构：基金会、支持机构、伙伴机构和政府部门；也在这里登记各机构编辑的身份',
		dir: 'organisations',
		extension: 'yaml',
		idField: 'slug',
		schema: organisationSchema,
	},
	{
		kind: 'folder',
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
	},
	{
		kind: 'file',
		name: 'editions',
		label: '指引版本',
		labelSingular: '指引版本',
		description: '指引各版本的名称、发布日期和版本说明',
		file: 'guide/editions.yaml',
		listField: 'editions',
		rowIdField: 'slug',
		schema: guideEditionsFileSchema,
	},
	{
		kind: 'folder',
		name: 'cases',
		label: '案例集',
		labelSingular: '案例',
		description: '成员机构的服务案例：背景、需求评估、介入、成效和困难与反思',
		dir: 'cases',
		extension: 'md',
		idField: 'slug',
		schema: caseSchema,
		body: caseBody,
	},
	{
		kind: 'folder',
		name: 'briefs',
		label: '政策建议',
		labelSingular: '政策建议',
		description: '政策建议及其状态记录和支撑案例',
		dir: 'briefs',
		extension: 'md',
		idField: 'slug',
		schema: briefSchema,
		body: briefBody,
	},
	{
		kind: 'folder',
		name: 'modules',
		label: '学习模块',
		labelSingular: '学习模块',
		description: '社会工作实务学习小组的模块，按顺序组成新同事的学习路径',
		dir: 'curriculum/modules',
		extension: 'md',
		idField: 'slug',
		schema: moduleSchema,
		body: moduleBody,
	},
	{
		kind: 'folder',
		name: 'sessions',
		label: '学习单元',
		labelSingular: '学习单元',
		description: '每个模块中的单元：目标、时长、活动、反思问题和教学案例',
		dir: 'curriculum/sessions',
		extension: 'md',
		idField: 'slug',
		schema: sessionSchema,
		body: sessionBody,
	},
	{
		kind: 'folder',
		name: 'tools',
		label: '工具模板',
		labelSingular: '工具',
		description: '申报书、实施方案、案例撰写模板等可下载的表格',
		dir: 'tools',
		extension: 'md',
		idField: 'slug',
		schema: toolSchema,
		body: toolBody,
	},
	{
		kind: 'folder',
		name: 'events',
		label: '网络活动',
		labelSingular: '活动',
		description: '伙伴见面会、交流会、政策面对面等网络活动的记录',
		dir: 'events',
		extension: 'md',
		idField: 'slug',
		schema: eventSchema,
		body: eventBody,
	},
	{
		kind: 'file',
		name: 'glossary',
		label: '术语表',
		labelSingular: '术语',
		description: '网络常用术语及释义',
		file: 'glossary.yaml',
		listField: 'terms',
		rowIdField: 'term',
		schema: glossaryFileSchema,
	},
	{
		kind: 'folder',
		name: 'docs',
		label: '其他页面',
		labelSingular: '页面',
		description: '关于我们、如何参与等说明页面',
		dir: 'pages',
		extension: 'md',
		idField: 'slug',
		schema: pageSchema,
		body: pageBody,
	},
] as const satisfies readonly CollectionDefinition[];

/**
 * Configuration files under content/ that are not collections: read and validated like content,
 * never built into pages of their own, not edited in the CMS.
 */
export interface SettingsFile {
	file: string;
	label: string;
	schema: z.ZodType;
}

export const settingsFiles: SettingsFile[] = [
	{ file: 'guide/frozen-editions.yaml', label: '定稿版本指纹', schema: frozenEditionsSchema },
	{ file: 'history.yaml', label: '修订历史说明', schema: historyFileSchema },
];

export type CollectionName = (typeof collections)[number]['name'];

export function getCollectionDefinition(name: CollectionName): CollectionDefinition {
	const found = collections.find((collection) => collection.name === name);
	if (!found) throw new Error(`Unknown collection ${name}`);
	return found;
}
