/** Briefs in lifecycle order of their current status, then by title. */
import { briefStatuses } from '../../schemas/taxonomies';
import type { Brief } from '../../schemas/briefs';
import { currentStatus } from './briefs';
import { compareChinese } from './order';
import type { Entry } from './types';

export function byStatusThenTitle(a: Entry<Brief>, b: Entry<Brief>): number {
	const rank = (e: Entry<Brief>) => briefStatuses.indexOf(currentStatus(e.data).status);
	return rank(b) - rank(a) || compareChinese(a.data.title, b.data.title);
}
