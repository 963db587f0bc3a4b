/** Open data: the tables come from the schemas, the CSV is what Excel and a CSV parser read back. */
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/cases';
import { briefSchema } from '../../src/schemas/briefs';
import { briefStatuses, districts } from '../../src/schemas/taxonomies';
import { organisationSchema } from '../../src/schemas/organisations';
import { BOM, toCsv } from '../../src/lib/data/csv';
import { exportTables } from '../../src/lib/data/export-tables';
import type { FieldShape } from '../../src/schemas/fields';
import { parseCsv } from '../helpers/csv';

describe('tables from the schemas', () => {
	const [cases, ...caseChildren] = exportTables('cases', '案例', caseSchema.shape as FieldShape, 'slug');
	const [briefs, ...briefChildren] = exportTables('briefs', '政策建议', briefSchema.shape as FieldShape, 'slug');

	it('headers are the schemas’ Chinese labels; a choice lists its allowed values', () => {
		expect(cases.columns[0]).toMatchObject({ header: '标识', path: 'slug', required: true });
		expect(cases.columns.find((c) => c.path === 'district')).toMatchObject({ header: '地区', allowed: districts });
		expect(cases.columns.map((c) => c.header)).toContain('时间·开始');
	});

	it('rows and relation lists become tables of their own, keyed by the entry', () => {
		expect(caseChildren.map((t) => t.name)).toEqual(expect.arrayContaining(['cases-credits', 'cases-outcome_figures', 'cases-quotes']));
		const status = briefChildren.find((t) => t.name === 'briefs-status_history')!;
		expect(status.columns.map((c) => c.header)).toEqual(['标识', '日期', '状态', '说明']);
		expect(status.columns[2].allowed).toEqual(briefStatuses);
		const evidence = briefChildren.find((t) => t.name === 'briefs-evidence_cases')!;
		expect(evidence.columns.map((c) => c.header)).toEqual(['标识', '支撑案例']);
		expect(evidence.columns[1].relation).toBe('cases');
		expect(briefs.columns.map((c) => c.path)).toContain('evidence_cases');
	});

	it('leaves out what the site never publishes', () => {
		expect(cases.columns.map((c) => c.path)).not.toContain('privacy_exceptions');
		expect(caseChildren.map((t) => t.name)).not.toContain('cases-privacy_exceptions');
		const [orgs] = exportTables('organisations', '机构', organisationSchema.shape as FieldShape, 'slug');
		expect(orgs.columns.map((c) => c.path)).not.toContain('editors');
	});
});

describe('CSV', () => {
	it('starts with a BOM, quotes what needs quoting and keeps formulas inert', () => {
		const csv = toCsv(['标题', '说明'], [['一, 二', '他说"好"\n第二行'], ['=HYPERLINK("x")', '-1 人']]);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(parseCsv(csv)).toEqual([
			['标题', '说明'],
			['一, 二', '他说"好"\n第二行'],
			["'=HYPERLINK(\"x\")", "'-1 人"],
		]);
	});
});
