/** Optional fields an editor emptied in the form are dropped before saving; required ones are kept for the check to name. */
import { describe, expect, it } from 'vitest';
import { dropEmptyOptional } from '../../src/lib/cms/drop-empty-optional';
import { caseSchema } from '../../src/schemas/cases';
import { sessionSchema } from '../../src/schemas/curriculum';

describe('dropping emptied optional fields', () => {
	it('drops emptied optional fields, keeps required ones and everything filled in', () => {
		const data = { title: '', locality: '', community_type: null, social_worker: '社工（化名小夏）', period: { start: '2021', end: '' }, body: '' };
		expect(dropEmptyOptional(data, caseSchema.shape)).toEqual({ title: '', social_worker: '社工（化名小夏）', period: { start: '2021' }, body: '' });
	});

	it('looks inside rows', () => {
		const data = { activities: [{ name: '破冰', minutes: '', description: '' }] };
		// minutes is required in a row: kept empty, so the check says so.
		expect(dropEmptyOptional(data, sessionSchema.shape)).toEqual(data);
	});
});
