/** content/history.yaml: the declared imports are read with the schema, and a wrong file says what to fix. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parseHistorySettings, readHistorySettings } from '../../src/lib/attribution/history-settings';
import { creditResolver } from '../../src/lib/attribution/credit';
import { settingsFiles } from '../../src/schemas';
import { projectRoot } from '../helpers/site-build';

const commit = { hash: 'c545ef92b1b46bf9e07a87118c8da3534f737af1', parents: [], authorName: 'Gongjian developers', authorEmail: 'dev@gongjian.example', date: '2026-11-22T10:53:37+00:00', subject: 'Starter corpus' };

describe('content/history.yaml', () => {
	it('declares the starter corpus commit of this repository as imported material', () => {
		const { imports } = readHistorySettings(join(projectRoot, 'content'));
		expect(imports[0].commit).toBe('c545ef9');
		expect(imports[0].sources.length).toBeGreaterThan(0);
		expect(creditResolver(() => 'some-org', imports)(commit)).toEqual({ kind: 'import', sources: imports[0].sources });
		expect(creditResolver(() => undefined, [])(commit)).toEqual({ kind: 'unregistered' });
		expect(settingsFiles.map((file) => file.file)).toContain('history.yaml');
	});

	it('names the file, the field and what is allowed when an entry is wrong', () => {
		expect(() => parseHistorySettings('imports:\n  - commit: C545\n    sources: []\n')).toThrow(
			/content\/history\.yaml → imports\.0\.commit：应为提交哈希的前 7～40 位[\s\S]*imports\.0\.sources：至少填写 1 项/,
		);
		expect(() => parseHistorySettings('imports: [')).toThrow(/content\/history\.yaml：不是有效的 YAML/);
		expect(parseHistorySettings('')).toEqual({ imports: [] });
	});
});
