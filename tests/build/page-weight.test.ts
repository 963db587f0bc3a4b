/**
 * Page weight does not grow with the corpus: the same guide page, built once with the small
 * fixture and once with hundreds of generated cases, briefs and guide sections added, is
 * byte-for-byte the same size.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../tools/lib/corpus/generate';
import { existingEditions, loadSentences, organisationIds } from '../../tools/lib/corpus/sources';
import { PAGE_SIZE } from '../../src/lib/paginate';
import { dom } from '../helpers/dom';
import { buildSite, copyFixture, projectRoot, type BuiltSite } from '../helpers/site-build';

let small: BuiltSite;
let large: BuiltSite;
let generated: ReturnType<typeof generateCorpus>;

beforeAll(async () => {
	small = await buildSite(copyFixture('basic'));
	const content = copyFixture('basic');
	generated = generateCorpus({
		n: 400,
		seed: 7,
		sentences: loadSentences(projectRoot, content).sentences,
		organisations: organisationIds(content),
		contentDir: content,
		existingEditions: existingEditions(content),
	});
	large = await buildSite(content);
}, 600_000);

const size = (site: BuiltSite, path: string) => statSync(join(site.outDir, decodeURIComponent(path), 'index.html')).size;

describe('page weight', () => {
	it('adds hundreds of entries to the larger build', () => {
		expect(generated.cases).toBeGreaterThan(300);
		expect(large.exists('/cases/gen-case-00300/')).toBe(true);
	});

	it('keeps guide, session and home pages the same size', () => {
		for (const path of ['/guide/visit/', '/guide/2024/visit/', '/learn/mod-one/session-one/', '/guide/print/']) {
			expect({ path, bytes: size(large, path) }).toEqual({ path, bytes: size(small, path) });
		}
	});

	it('keeps list pages bounded: the case library and an organisation profile are paginated or capped', () => {
		const perCase = size(large, '/cases/') / size(small, '/cases/');
		expect(perCase).toBeLessThan(3);
		expect(size(large, '/orgs/org-a/')).toBeLessThan(size(small, '/orgs/org-a/') * 2);
	});

	it('pages the evidence map like the brief list', () => {
		expect(generated.briefs).toBeGreaterThan(PAGE_SIZE);
		const timelines = (path: string) => dom(large.html(path)).querySelectorAll('[data-brief-timeline]').length;
		expect(timelines('/evidence/')).toBe(PAGE_SIZE);
		expect(large.exists('/evidence/page/2/')).toBe(true);
	});
});
