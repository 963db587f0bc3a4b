/**
 * The glossary's terms for the Markdown pipeline, read from the glossary file declared in
 * src/schemas (re-read when the file changes, so `astro dev` links new terms). A glossary that does
 * not parse gives no terms here: the content check reports it, naming the file and field.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collections } from '../schemas';
import { contentRootPath } from '../lib/content/paths';
import { routes } from '../lib/routes';
import type { GlossaryTerm } from './rehype-glossary-links';

let cache: { file: string; mtimeMs: number; terms: GlossaryTerm[] } | undefined;

function glossaryFile(): string | undefined {
	const definition = collections.find((c) => c.name === 'glossary');
	return definition && definition.kind === 'file' ? join(contentRootPath(), definition.file) : undefined;
}

export function glossaryTerms(): GlossaryTerm[] {
	const file = glossaryFile();
	if (!file) return [];
	let mtimeMs: number;
	try {
		mtimeMs = statSync(file).mtimeMs;
	} catch {
		return [];
	}
	if (cache?.file === file && cache.mtimeMs === mtimeMs) return cache.terms;
	let terms: GlossaryTerm[] = [];
	try {
		const data = parse(readFileSync(file, 'utf-8')) as { terms?: { term?: unknown; definition?: unknown }[] };
		terms = (data?.terms ?? [])
			.filter((t): t is { term: string; definition: string } => typeof t?.term === 'string' && typeof t.definition === 'string')
			.map((t) => ({ term: t.term.trim(), definition: t.definition, href: routes.term(t.term.trim()) }));
	} catch {
		terms = [];
	}
	cache = { file, mtimeMs, terms };
	return terms;
}
