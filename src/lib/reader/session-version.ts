/**
 * A short fingerprint of what a curriculum session teaches (its fields and text, not who is
 * credited), built into the pages so a learner's device can tell that a session finished earlier
 * has changed since.
 */
import { createHash } from 'node:crypto';
import type { Entry } from '../model/types';
import type { Session } from '../../schemas/curriculum';

export function sessionVersion(session: Entry<Session>): string {
	const { credits: _credits, ...taught } = session.data as Session & { credits?: unknown };
	return createHash('sha256')
		.update(JSON.stringify(taught))
		.update(session.rendered?.html ?? '')
		.digest('hex')
		.slice(0, 12);
}
