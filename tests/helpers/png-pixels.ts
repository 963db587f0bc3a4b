/** Comparing decoded PNGs (pngjs) in tests. */
import type { PNG } from 'pngjs';

/** Pixels that differ by more than a shade (a few units in any channel) between two images of one size. */
export function differingPixels(a: PNG, b: PNG): number {
	let count = 0;
	for (let at = 0; at < a.data.length; at += 4) {
		if ([0, 1, 2].some((channel) => Math.abs(a.data[at + channel] - b.data[at + channel]) > 12)) count++;
	}
	return count;
}
