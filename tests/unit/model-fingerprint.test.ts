/** The content fingerprint the dev site model is cached on (src/lib/model/fingerprint.ts). */
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../../src/lib/model/fingerprint';

const cases = [
	{ id: 'case-one', digest: 'a1' },
	{ id: 'case-two', digest: 'b1' },
];
const briefs = [{ id: 'brief-one', digest: 'c1' }];

describe('contentFingerprint', () => {
	it('is the same for the same content', () => {
		expect(contentFingerprint([cases, briefs])).toBe(contentFingerprint([[...cases], [...briefs]]));
	});

	it('changes when an entry is edited, added, removed or moved to another collection', () => {
		const before = contentFingerprint([cases, briefs]);
		const variants = [
			[[cases[0]!, { id: 'case-two', digest: 'b2' }], briefs],
			[[...cases, { id: 'case-three', digest: 'd1' }], briefs],
			[[cases[0]!], briefs],
			[[cases[0]!], [cases[1]!, ...briefs]],
		];
		const after = variants.map((collections) => contentFingerprint(collections));
		for (const fingerprint of after) expect(fingerprint).not.toBe(before);
		expect(new Set(after).size).toBe(after.length);
	});

	it('is undefined when an entry has no digest, so nothing is cached on it', () => {
		expect(contentFingerprint([[...cases, { id: 'loose' }], briefs])).toBeUndefined();
	});
});
