/**
 * A short fingerprint of what an entry says (its fields and text, not who is credited), built into
 * the pages: a learner's device can tell that a session finished earlier has changed since, and
 * an offline copy of the guide can tell which sections changed after it was saved.
 */
import { createHash } from 'node:crypto';
import type { Entry } from '../model/types';

export function contentVersion(entry: Entry<object>): string {
	const { credits: _credits, ...said } = entry.data as { credits?: unknown };
	return createHash('sha256')
		.update(JSON.stringify(said))
		.update(entry.rendered?.html ?? '')
		.digest('hex')
		.slice(0, 12);
}
