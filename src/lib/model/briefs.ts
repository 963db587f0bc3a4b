/** A brief's current status is the last row of its status history; nothing else stores it. */
import type { Brief } from '../../schemas/briefs';

export function currentStatus(brief: Pick<Brief, 'status_history'>): Brief['status_history'][number] {
	return brief.status_history[brief.status_history.length - 1];
}
