/**
 * Finds 资料[00N] references in text and says where each one links: the entry for that paper on
 * the sources page. Runs such as 资料[001][002] are split into one link per number.
 */
import { routes } from '../routes';
import { sourceDocuments } from '../../schemas/sources';

export type SourceRefSegment = { text: string; href?: string };

const known = new Set<string>(sourceDocuments.map((doc) => doc.id));
// 资料 followed by one or more [NNN]; a later [NNN] without 资料 before it belongs to the same run.
const REFERENCE = /资料((?:\[\d{3}\])+)/g;

/** The text cut into plain pieces and linked pieces, in order; joined they give back the text. */
export function splitSourceRefs(text: string): SourceRefSegment[] {
	const segments: SourceRefSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(REFERENCE)) {
		const ids = [...match[1]!.matchAll(/\[(\d{3})\]/g)].map((m) => m[1]!);
		if (!ids.every((id) => known.has(id))) continue;
		if (match.index > last) segments.push({ text: text.slice(last, match.index) });
		ids.forEach((id, i) => segments.push({ text: i === 0 ? `资料[${id}]` : `[${id}]`, href: routes.source(id) }));
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}
