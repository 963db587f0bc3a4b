/**
 * Which entry the admin's address names and whether the form holds it (decap-cms#4147: the address
 * bar can open another entry while the form keeps the previous one).
 */
import { describe, expect, it } from 'vitest';
import { entryRouteOf, formMatchesRoute } from '../../src/lib/cms/entry-route';

describe('entryRouteOf', () => {
	it('reads existing and new entries, with or without a query', () => {
		expect(entryRouteOf('#/collections/cases/entries/elder-painting')).toEqual({ collection: 'cases', slug: 'elder-painting' });
		expect(entryRouteOf('#/collections/cases/entries/elder-painting?ref=workflow')).toEqual({ collection: 'cases', slug: 'elder-painting' });
		expect(entryRouteOf('#/collections/cases/new')).toEqual({ collection: 'cases' });
		expect(entryRouteOf('#/collections/guide/entries/2025%2Fentering-trust')).toEqual({ collection: 'guide', slug: '2025/entering-trust' });
	});

	it('names no entry on the other pages of the admin', () => {
		for (const hash of ['', '#/', '#/collections/cases', '#/workflow', '#/media', '#/collections/cases/filter/x']) expect(entryRouteOf(hash)).toBeUndefined();
	});
});

describe('formMatchesRoute', () => {
	const caseForm = { collection: 'cases', slug: 'elder-painting', newRecord: false };

	it('matches the entry the address names', () => {
		expect(formMatchesRoute(caseForm, { collection: 'cases', slug: 'elder-painting' })).toBe(true);
		expect(formMatchesRoute({ collection: 'cases', newRecord: true }, { collection: 'cases' })).toBe(true);
	});

	it('does not match another entry, in another collection or the same one', () => {
		expect(formMatchesRoute(caseForm, { collection: 'docs', slug: 'about' })).toBe(false);
		expect(formMatchesRoute(caseForm, { collection: 'cases', slug: 'dongfeng-sanshe-pilot' })).toBe(false);
		expect(formMatchesRoute({ collection: 'docs', slug: 'about', newRecord: false }, { collection: 'cases', slug: 'about' })).toBe(false);
	});

	it('does not match a saved entry on a new entry\'s address, nor a new entry on a saved one\'s', () => {
		expect(formMatchesRoute(caseForm, { collection: 'cases' })).toBe(false);
		expect(formMatchesRoute({ collection: 'cases', newRecord: true }, { collection: 'cases', slug: 'elder-painting' })).toBe(false);
	});

	it('matches while no entry is loaded yet', () => {
		expect(formMatchesRoute({}, { collection: 'cases', slug: 'elder-painting' })).toBe(true);
	});
});
