/**
 * Astro collections, composed from the content model in src/schemas. Starlight renders the `docs`
 * collection (content/pages); every other collection has routes of its own in src/pages.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { perCollection, type Collection, type CollectionDefinition } from './schemas';
import { pageSchema } from './schemas/pages';
import { readerLoader } from './lib/content/reader-loader';
import { leanStore } from './lib/content/lean-store';
import { contentRoot } from './lib/content/paths';
import { sanitizeHtmlString } from './markdown/sanitize-html-string';

function loaderFor(definition: CollectionDefinition) {
	// One reader for the check and the build: same files, same YAML, same ids (src/lib/content/).
	// Only collections that declare `retainBody` keep their Markdown source after loading; the
	// others keep just their rendered HTML, which keeps the content store — rewritten whole on
	// every edit in `astro dev` — about a third smaller.
	return leanStore(readerLoader(definition, { root: contentRoot, retainBody: Boolean(definition.retainBody) }));
}

/**
 * Starlight owns `title` and `description` on its pages; ours adds credit and provenance.
 * Optional here because the same schema validates <StarlightPage> frontmatter; the content check
 * enforces the full page schema on content/pages before the build.
 */
const pagesSchema = docsSchema({ extend: pageSchema.omit({ title: true, description: true }).partial() });
type PagesSchema = ReturnType<typeof pagesSchema>;
let builtPagesSchema: ReturnType<typeof withoutPageHtml> | undefined;

function schemaFor(definition: CollectionDefinition): z.ZodType | ((context: Parameters<typeof pagesSchema>[0]) => z.ZodType) {
	if (!definition.starlightPages) return definition.schema;
	// <StarlightPage> asks for this schema on every page it renders; building the Zod object once
	// instead of per page saves about 2 ms a page (measured: 9 s of a 4,900-page build).
	return (context: Parameters<typeof pagesSchema>[0]) => (builtPagesSchema ??= withoutPageHtml(pagesSchema(context)));
}

/**
 * Starlight frontmatter that carries HTML: `head` entries are dropped and `banner` is sanitised,
 * whatever a page declares. The content check already refuses both in content/pages; this holds
 * even if a page gets past it, since the CSP would otherwise allow an inline script it finds built.
 */
function withoutPageHtml(schema: PagesSchema) {
	return schema.transform((data: z.output<PagesSchema>) => ({
		...data,
		head: [],
		hero: undefined,
		banner: data.banner && { content: sanitizeHtmlString(data.banner.content) },
	}));
}

/**
 * Each registry collection under its name with its own schema's type, so that Astro's generated
 * types (and `getCollection(name)`) know every collection's data; Starlight's pages have its
 * schema extended by ours.
 */
type SchemaOf<C extends Collection> = C extends { starlightPages: true } ? ReturnType<typeof withoutPageHtml> : C['schema'];
type AstroCollection<S> = S extends z.ZodType ? ReturnType<typeof defineCollection<S>> : never;
type RegistryCollections = { [C in Collection as C['name']]: AstroCollection<SchemaOf<C>> };

const registryCollections = perCollection<RegistryCollections>((_, definition) => defineCollection({ loader: loaderFor(definition), schema: schemaFor(definition) }));

export const collections = {
	...registryCollections,
	// Starlight's UI strings, with our few overrides in src/content/i18n/zh-CN.json.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
