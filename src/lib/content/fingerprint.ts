/**
 * A short fingerprint of a file's text, the same in Node and in the browser (the CMS checks frozen
 * editions too, and has no synchronous SHA). Line endings are normalised so a checkout with CRLF
 * does not count as a change. Detects accidental edits; it is not a security measure.
 */
export function fingerprint(text: string): string {
	const normalised = text.replace(/\r\n/g, '\n');
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < normalised.length; i++) {
		const code = normalised.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
