/**
 * The open data at /data/: cases and briefs with their relations as CSV and JSON, a Frictionless
 * Data Package (datapackage.json) describing every column from the schemas' labels, hints and
 * allowed values, and the site's licence and the dataset's citation.
 */
import { getCollectionDefinition } from '../../schemas';
import type { FieldShape } from '../../schemas/fields';
import type { CslItem } from '../cite/csl-item';
import { formatGbt7714 } from '../cite/format-gbt7714';
import type { SiteModel } from '../model/types';
import { routes } from '../routes';
import { toCsv } from './csv';
import { exportTables, tableRows, type Column, type ExportTable } from './export-tables';
import { SITE_LICENCE, SITE_NAME, SITE_PUBLISHER } from './site-licence';

export const EXPORTED_COLLECTIONS = ['cases', 'briefs'] as const;
type Exported = (typeof EXPORTED_COLLECTIONS)[number];

const URL_COLUMN: Column = { header: '网址', path: 'url', hint: '本条在网站上的页面', required: true, multiple: false };

export interface OpenDataset {
	collection: Exported;
	label: string;
	tables: ExportTable[];
	/** Each entry's published fields, with its page's absolute URL. */
	entries: Record<string, unknown>[];
	idField: string;
}

function tablesOf(collection: Exported) {
	const definition = getCollectionDefinition(collection);
	if (definition.kind !== 'folder') throw new Error(`${collection} is not a folder collection`);
	const [main, ...children] = exportTables(collection, definition.labelSingular, definition.schema.shape as FieldShape, definition.idField);
	return { definition, main, children, tables: [{ ...main, columns: [...main.columns, URL_COLUMN] }, ...children] };
}

/** Every file under /data/, from the schemas alone: the routes list them before any entry is read. */
export function openDataFiles(): string[] {
	return [DATAPACKAGE_FILE, ...EXPORTED_COLLECTIONS.flatMap((collection) => [`${collection}.json`, ...tablesOf(collection).tables.map(csvFileName)])];
}

export function openDatasets(site: SiteModel, siteUrl: URL): OpenDataset[] {
	return EXPORTED_COLLECTIONS.map((collection) => {
		const { definition, main, children, tables } = tablesOf(collection);
		const published = new Set(main.columns.map((c) => c.path.split('.')[0]).concat(children.map((c) => c.field!)));
		const source = collection === 'cases' ? site.cases : site.briefs;
		const entries = source.map((entry) => {
			const data = Object.fromEntries(Object.entries(entry.data as Record<string, unknown>).filter(([field]) => published.has(field)));
			const url = new URL(collection === 'cases' ? routes.case(entry.id) : routes.brief(entry.id), siteUrl).href;
			return { ...data, url };
		});
		return { collection, label: definition.label, tables, entries, idField: definition.idField };
	});
}

/** The dataset's own reference: the network as author, the newest change among its entries as date. */
export function datasetCitation(siteUrl: URL, issued: CslItem['issued']): { item: CslItem; text: string } {
	const item: CslItem = {
		id: 'data',
		type: 'dataset',
		title: `${SITE_NAME}：案例与政策建议开放数据`,
		author: [{ literal: SITE_PUBLISHER }],
		...(issued ? { issued } : {}),
		URL: new URL(routes.data(), siteUrl).href,
		language: 'zh-CN',
		genre: '数据集',
	};
	return { item, text: formatGbt7714(item) };
}

export const csvFileName = (table: ExportTable) => `${table.name}.csv`;
export const jsonFileName = (dataset: OpenDataset) => `${dataset.collection}.json`;
export const DATAPACKAGE_FILE = 'datapackage.json';

export function tableCsv(dataset: OpenDataset, table: ExportTable): string {
	return toCsv(table.columns.map((c) => c.header), tableRows(table, dataset.entries as Record<string, unknown>[], dataset.idField));
}

const describe = (column: Column) => ({
	name: column.header,
	field: column.path,
	description: column.hint,
	type: 'string',
	...(column.multiple ? { separator: '；' } : {}),
	constraints: { required: column.required, ...(column.allowed ? { enum: [...column.allowed] } : {}) },
	...(column.relation ? { relation: column.relation } : {}),
});

export function datasetJson(dataset: OpenDataset, citation: { text: string }): string {
	return `${JSON.stringify(
		{
			title: `${SITE_NAME} · ${dataset.label}`,
			licence: { name: SITE_LICENCE.id, title: SITE_LICENCE.title, path: SITE_LICENCE.url },
			citation: citation.text,
			fields: dataset.tables.map((table) => ({ table: table.name, title: table.title, fields: table.columns.map(describe) })),
			entries: dataset.entries,
		},
		null,
		2,
	)}\n`;
}

/** A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/) over the CSV files. */
export function dataPackage(datasets: OpenDataset[], citation: { text: string; item: CslItem }): string {
	return `${JSON.stringify(
		{
			name: 'gongjian-open-data',
			title: citation.item.title,
			homepage: citation.item.URL,
			licenses: [{ name: SITE_LICENCE.id, title: SITE_LICENCE.title, path: SITE_LICENCE.url }],
			citation: citation.text,
			resources: datasets.flatMap((dataset) =>
				dataset.tables.map((table) => ({
					name: table.name,
					title: table.title,
					path: csvFileName(table),
					format: 'csv',
					mediatype: 'text/csv',
					encoding: 'utf-8-sig',
					schema: { fields: table.columns.map(describe) },
				})),
			),
		},
		null,
		2,
	)}\n`;
}
