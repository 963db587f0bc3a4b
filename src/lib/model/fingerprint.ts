/**
 * A fingerprint of the loaded content: it changes whenever an entry is added, removed or edited.
 * Astro gives every entry a digest of its source; the fingerprint is the ids and digests in order.
 */
export interface Fingerprinted {
	id: string;
	/** Astro's hash of the entry's source, set by the loader. */
	digest?: string | number;
}

/** Undefined when an entry has no digest: then nothing may be cached on it. */
export function contentFingerprint(collections: Fingerprinted[][]): string | undefined {
	const parts: string[] = [];
	for (const entries of collections) {
		for (const { id, digest } of entries) {
			if (digest === undefined) return undefined;
			parts.push(`${id}@${digest}`);
		}
		// Keeps an entry moving from the end of one collection to the start of the next visible.
		parts.push('|');
	}
	return parts.join('\n');
}
