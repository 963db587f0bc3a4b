/**
 * Every file of the starter corpus, opened and saved unchanged the way the CMS does it — read with
 * Decap's own formatter, held as Decap holds entry data (Immutable), passed through our save step,
 * written with Decap's formatter — comes out byte-identical. And the CMS reads the same values
 * the build reads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromJS, type Map as ImmutableMap } from 'immutable';
import { describe, expect, it } from 'vitest';
import { formatOf, listContentFiles } from '../../src/lib/content/files';
import { parseContentFile } from '../../src/lib/content/parse';
import { dropEmptyOptional } from '../../src/lib/cms/drop-empty-optional';
import { parseLikeCms, serialiseLikeCms } from '../../src/lib/cms/serialise';
import { projectRoot } from '../helpers/site-build';

const files = listContentFiles(join(projectRoot, 'content'));

describe('round trip through the CMS', () => {
	it('covers the whole starter corpus', () => {
		expect(files.length).toBeGreaterThan(100);
		expect(new Set(files.map((file) => file.collection.name)).size).toBe(11);
	});

	it.each(files.map((file) => [file.relativePath, file] as const))('%s stays byte-identical', (_, file) => {
		const text = readFileSync(file.path, 'utf-8');
		const format = formatOf(file);
		const opened = (fromJS(parseLikeCms(text, format)) as ImmutableMap<string, unknown>).toJS() as Record<string, unknown>;
		const saved = serialiseLikeCms(dropEmptyOptional(opened, file.collection.schema.shape), format, file.collection.schema);
		expect(saved).toBe(text);
		expect(parseLikeCms(text, format)).toEqual(parseContentFile(text, format));
	});
});
