/**
 * Finds 资料[00N] references in text and turns each into a readable citation — the paper's author
 * and year, or its title (`cited` in src/schemas/sources.ts) — linked to its entry on the sources
 * page, with the full citation as the link's title. Editors keep writing the number; readers never
 * see it. Runs such as 资料[001][002] become one citation per number.
 */
import { routes } from '../routes';
import { sourceDocuments, type SourceDocument } from '../../schemas/sources';
import { fullCitation } from './full-citation';

export type SourceRefSegment = { text: string; href?: string; title?: string };

const byId = new Map<string, SourceDocument>(sourceDocuments.map((doc) => [doc.id, doc]));
// 资料 followed by one or more [NNN]; a later [NNN] without 资料 before it belongs to the same run.
const REFERENCE = /资料((?:\[\d{3}\])+)/g;
/**
 * Where the editor already named the paper right after the number (资料[001] 程奇、方娜《…》, 资料[002]
 * 《…》), that name becomes the link, so the reader does not read the paper's name twice.
 */
const NAMED_AFTER = /^\s*([^\s，。；,.;《》]{0,12})《[^《》]+》/;

/** The editor's own naming of `doc` right after its number, if there is one: its length and text. */
function namedAfter(doc: SourceDocument, rest: string): { length: number; text: string } | undefined {
	const match = NAMED_AFTER.exec(rest);
	// Only the paper's authors may come before the title: 资料[002]认为《…》 is a sentence, not a name.
	if (!match || !doc.authors.startsWith(match[1]!)) return undefined;
	return { length: match[0].length, text: match[0].trimStart() };
}

const linkTo = (doc: SourceDocument, text: string): SourceRefSegment => ({ text, href: routes.source(doc.id), title: fullCitation(doc) });

/** The text cut into plain pieces and linked citations, in order. */
export function splitSourceRefs(text: string): SourceRefSegment[] {
	const segments: SourceRefSegment[] = [];
	let last = 0;
	for (const match of text.matchAll(REFERENCE)) {
		const docs = [...match[1]!.matchAll(/\[(\d{3})\]/g)].map((m) => byId.get(m[1]!));
		if (!docs.every((doc) => doc)) continue;
		if (match.index > last) segments.push({ text: text.slice(last, match.index) });
		last = match.index + match[0].length;
		const named = docs.length === 1 ? namedAfter(docs[0]!, text.slice(last)) : undefined;
		if (named) {
			segments.push(linkTo(docs[0]!, named.text));
			last += named.length;
			continue;
		}
		docs.forEach((doc, i) => {
			if (i > 0) segments.push({ text: '；' });
			segments.push(linkTo(doc!, doc!.cited));
		});
	}
	if (last < text.length) segments.push({ text: text.slice(last) });
	return segments;
}
