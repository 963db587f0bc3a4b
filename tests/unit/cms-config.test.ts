/**
 * The CMS configuration is generated from src/schemas: every collection and every field appears
 * in it with the schema's required flag, options, pattern, bounds and hint, and nothing else does.
 * Also what the configuration must do besides: raw-mode bodies, relations by id, only the current
 * guide edition, and the backends chosen by environment variables.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { collections, type CollectionDefinition } from '../../src/schemas';
import { fieldMeta, isRequired, nestedShape } from '../../src/schemas/fields';
import { buildCmsConfig, type CmsSettings } from '../../cms/config/build-config';
import { LOCAL_BACKEND, readBackendSettings } from '../../cms/config/backend-config';
import { CREDIT_ORGANISATION_WIDGET } from '../../cms/config/field-config';
import type { CmsCollection, CmsField, CmsFolderCollection } from '../../cms/config/types';

const settings: CmsSettings = { backend: readBackendSettings({}), editions: ['2024', '2025'], siteUrl: 'https://gongjian.example.org/' };
const config = buildCmsConfig(settings);

const fieldsOf = (collection: CmsCollection): CmsField[] => ('files' in collection ? collection.files[0].fields : collection.fields);
const schemaFields = (definition: CollectionDefinition): [string, z.ZodType][] => [
	...(Object.entries(definition.schema.shape) as [string, z.ZodType][]),
	...(definition.kind === 'folder' && definition.body ? [['body', definition.body] as [string, z.ZodType]] : []),
];

/** Every schema field and the config field at the same path, side by side. */
function* pairs(schema: [string, z.ZodType][], fields: CmsField[], prefix = ''): Generator<{ path: string; schema: z.ZodType; field: CmsField }> {
	expect(fields.map((f) => f.name), `fields of ${prefix || 'the collection'}`).toEqual(schema.map(([name]) => name));
	for (const [name, fieldSchema] of schema) {
		const field = fields.find((f) => f.name === name)!;
		const path = prefix ? `${prefix}.${name}` : name;
		yield { path, schema: fieldSchema, field };
		const inner = nestedShape(fieldSchema);
		if (inner) yield* pairs(Object.entries(inner) as [string, z.ZodType][], field.fields as CmsField[], path);
	}
}

const WIDGETS: Record<string, string[]> = {
	string: ['string'],
	text: ['text'],
	markdown: ['markdown'],
	select: ['select'],
	relation: ['relation', CREDIT_ORGANISATION_WIDGET],
	date: ['datetime'],
	number: ['number'],
	boolean: ['boolean'],
	list: ['list'],
	object: ['object'],
	file: ['file'],
};

describe('generated CMS config', () => {
	it('has exactly the collections of src/schemas', () => {
		expect(config.collections.map((c) => c.name)).toEqual(collections.map((c) => c.name));
		for (const definition of collections) {
			const collection = config.collections.find((c) => c.name === definition.name)!;
			expect(collection.label).toBe(definition.label);
			expect(collection.label_singular).toBe(definition.labelSingular);
		}
	});

	for (const definition of collections) {
		it(`${definition.name}: every field with its widget, required flag, options, pattern, bounds and hint — and nothing else`, () => {
			const collection = config.collections.find((c) => c.name === definition.name)!;
			let count = 0;
			for (const { path, schema, field } of pairs(schemaFields(definition), fieldsOf(collection))) {
				count++;
				const meta = fieldMeta(schema)!;
				const where = `${definition.name}.${path}`;
				expect(field.required, `${where} required`).toBe(isRequired(schema));
				expect(field.label, `${where} label`).toBe(meta.label);
				expect(field.hint, `${where} hint`).toBe(meta.hint);
				expect(WIDGETS[meta.widget], `${where} widget`).toContain(field.widget);
				expect(field.options, `${where} options`).toEqual(meta.options ? [...meta.options] : undefined);
				expect(field.pattern, `${where} pattern`).toEqual(meta.pattern ? [meta.pattern.source, meta.pattern.message] : undefined);
				if (meta.multiple) expect(field.multiple, `${where} multiple`).toBe(true);
				if (meta.min) expect(field.min, `${where} min`).toBe(meta.min);
				if (meta.max !== undefined) expect(field.max, `${where} max`).toBe(meta.max);
				if (meta.widget === 'list' && !nestedShape(schema)) expect(field.field, `${where} item`).toMatchObject({ widget: 'string', required: true });
				if (meta.widget === 'relation') {
					const target = collections.find((c) => c.name === meta.collection) as CollectionDefinition & { idField: string };
					expect(field, `${where} relation`).toMatchObject({ collection: meta.collection, value_field: target.idField });
				}
			}
			expect(count).toBeGreaterThan(0);
		});
	}

	it('edits bodies in raw Markdown only, so they round-trip byte for byte', () => {
		const bodies = config.collections.flatMap(fieldsOf).filter((f) => f.widget === 'markdown');
		expect(bodies.length).toBe(collections.filter((c: CollectionDefinition) => c.kind === 'folder' && c.body).length);
		for (const body of bodies) expect(body).toMatchObject({ name: 'body', modes: ['raw'] });
	});

	it('names files after the id field and writes Markdown with YAML frontmatter', () => {
		for (const definition of collections) {
			if (definition.kind !== 'folder') continue;
			const collection = config.collections.find((c) => c.name === definition.name) as CmsFolderCollection;
			expect(collection.slug).toBe(`{{fields.${definition.idField}}}`);
			expect(collection.format).toBe(definition.extension === 'md' ? 'yaml-frontmatter' : 'yml');
			expect(collection.delete).toBe(false);
		}
	});

	it('displays relations by their Chinese name and credits organisations with the prefilling widget', () => {
		const cases = fieldsOf(config.collections.find((c) => c.name === 'cases')!);
		const credit = (cases.find((f) => f.name === 'credits')!.fields as CmsField[]).find((f) => f.name === 'org')!;
		expect(credit).toMatchObject({ widget: CREDIT_ORGANISATION_WIDGET, collection: 'organisations', value_field: 'slug', display_fields: ['name'] });
		const sessions = fieldsOf(config.collections.find((c) => c.name === 'sessions')!);
		expect(sessions.find((f) => f.name === 'guide_sections')).toMatchObject({ widget: 'relation', collection: 'guide', value_field: 'section_id', display_fields: ['section_no', 'title'], multiple: true });
	});

	it('edits only the current guide edition and says the older ones are frozen', () => {
		const guide = config.collections.find((c) => c.name === 'guide') as CmsFolderCollection;
		expect(guide.folder).toBe('content/guide/2025');
		expect(guide.description).toContain('2024 版已冻结');
		expect(JSON.stringify(config)).not.toContain('content/guide/2024');
	});

	it('is in Chinese and starts a new entry crediting one organisation as 主笔', () => {
		expect(config.locale).toBe('zh_Hans');
		const credits = fieldsOf(config.collections.find((c) => c.name === 'cases')!).find((f) => f.name === 'credits')!;
		expect(credits.default).toEqual([{ role: '主笔' }]);
	});
});

describe('backends', () => {
	const backendOf = (env: Record<string, string>) => buildCmsConfig({ ...settings, backend: readBackendSettings(env) });

	it('uses the local decap-server on 127.0.0.1 by default, without editorial workflow', () => {
		const local = backendOf({ GONGJIAN_CMS_PROXY_PORT: '9090' });
		expect(local.backend).toMatchObject({ name: LOCAL_BACKEND, proxy_url: 'http://127.0.0.1:9090/api/v1' });
		expect(local.publish_mode).toBeUndefined();
	});

	it('uses GitHub with the editorial workflow and commit messages that name the author', () => {
		const github = backendOf({ GONGJIAN_CMS_BACKEND: 'github', GONGJIAN_CMS_REPO: 'network/gongjian', GONGJIAN_CMS_AUTH_URL: 'https://auth.example.org' });
		expect(github.backend).toMatchObject({ name: 'github', repo: 'network/gongjian', branch: 'main', base_url: 'https://auth.example.org', auth_endpoint: 'auth' });
		expect(github.publish_mode).toBe('editorial_workflow');
		for (const template of Object.values(github.backend.commit_messages as Record<string, string>).filter((t) => t !== '{{message}}')) {
			expect(template).toContain('{{author-name}}');
			expect(template).toContain('{{author-login}}');
		}
	});

	it('uses a self-hosted GitLab with PKCE login, which needs no server of our own', () => {
		const gitlab = backendOf({ GONGJIAN_CMS_BACKEND: 'gitlab', GONGJIAN_CMS_REPO: 'network/gongjian', GONGJIAN_CMS_APP_ID: 'abc123', GONGJIAN_CMS_GITLAB_URL: 'https://git.example.cn/' });
		expect(gitlab.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc123', base_url: 'https://git.example.cn', api_root: 'https://git.example.cn/api/v4' });
		expect(gitlab.publish_mode).toBe('editorial_workflow');
	});

	it('says in Chinese which setting is missing', () => {
		expect(() => readBackendSettings({ GONGJIAN_CMS_BACKEND: 'gitlab', GONGJIAN_CMS_REPO: 'a/b' })).toThrow(/GONGJIAN_CMS_APP_ID/);
		expect(() => readBackendSettings({ GONGJIAN_CMS_BACKEND: 'gitea' })).toThrow(/只能是 local、github 或 gitlab/);
	});
});
