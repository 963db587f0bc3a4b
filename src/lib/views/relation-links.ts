/**
 * How a page names and links the entries it points at. The site resolves ids against the site
 * model (an unknown id cannot reach a built page: the content check refuses it); the CMS preview
 * resolves them against the names it read from the backend, and shows an unknown id as it is.
 * Which collection a field points into is read from its schema (`ref`/`refs`), and each
 * collection's links from its registry entry (`url`, `title`): no collection is named here.
 */
import type { z } from 'astro/zod';
import { allCollections, type CollectionDefinition } from '../../schemas';
import { fieldMeta, type RelationTarget } from '../../schemas/fields';
import { collectionEntries } from '../model/collection-entries';
import type { SiteModel } from '../model/types';
import type { LinkItem } from './entry-view';

export interface RelationLinks {
	link(target: RelationTarget, id: string): LinkItem | undefined;
}

/** The collection a relation field of a schema points into. */
export function targetOf(schema: z.ZodObject, field: string): RelationTarget {
	const target = fieldMeta(schema.shape[field] as z.ZodType)?.collection;
	if (!target) throw new Error(`${field} is not a relation field`);
	return target;
}

/** The link of the entry a relation field holds the id of. */
export function fieldLink(links: RelationLinks, schema: z.ZodObject, field: string, id: unknown): LinkItem | undefined {
	return id ? links.link(targetOf(schema, field), String(id)) : undefined;
}

/** The links of the entries a relation field lists, leaving out the ids that resolve to nothing. */
export function fieldLinks(links: RelationLinks, schema: z.ZodObject, field: string, ids: unknown): LinkItem[] {
	const target = targetOf(schema, field);
	return (Array.isArray(ids) ? ids : []).map((id) => links.link(target, String(id))).filter((link): link is LinkItem => Boolean(link));
}

/** The id a relation names an entry by: its file name, or for an editioned collection its id field (the same in every edition). */
const relationId = (definition: CollectionDefinition, entry: { id: string; data: Record<string, unknown> }) =>
	definition.kind === 'folder' && definition.editioned ? String(entry.data[definition.idField]) : entry.id;

export function siteRelationLinks(site: SiteModel): RelationLinks {
	const byTarget = new Map<string, Map<string, LinkItem>>();
	for (const definition of allCollections) {
		if (definition.kind !== 'folder') continue;
		const items = collectionEntries(site, definition, 'current').map(({ entry, place }) => [relationId(definition, entry), { href: definition.url(entry, place), label: definition.title(entry) }] as const);
		byTarget.set(definition.name, new Map(items));
	}
	return { link: (target, id) => byTarget.get(target)?.get(id) };
}

/** Where the preview links an id: the page the entry will have, when its URL needs nothing but the id. */
function previewHref(target: RelationTarget, id: string): string | undefined {
	const definition = allCollections.find((collection) => collection.name === target);
	if (definition?.kind !== 'folder' || definition.urlReadsData) return undefined;
	return definition.url({ id, data: { [definition.idField]: id } }, { current: true });
}

/** Prefix of the key under which entries that have a short name keep their full name, which pages use for links. */
export const FULL_NAMES = 'full:';

/** Collection → id → name, as the CMS preview reads them (cms/admin/preview/entry-names.ts). */
export function namedRelationLinks(names: Map<string, Map<string, string>>): RelationLinks {
	return { link: (target, id) => ({ href: previewHref(target, id), label: names.get(FULL_NAMES + target)?.get(id) ?? names.get(target)?.get(id) ?? id }) };
}
