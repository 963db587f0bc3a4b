/**
 * The organisation a git identity edits for, from the organisations' `editors` lists in a content
 * folder: the same mapping the site uses to credit commits (src/lib/attribution/identities.ts).
 */
import { readFileSync } from 'node:fs';
import { authorResolver } from '../../../../src/lib/attribution/identities';
import { listContentFiles } from '../../../../src/lib/content/files';
import { parseContentFile } from '../../../../src/lib/content/parse';

export interface EditorOrganisation {
	id: string;
	name: string;
}

export function editorOrganisation(contentDir: string, email: string): EditorOrganisation | undefined {
	const organisations = listContentFiles(contentDir)
		.filter((file) => file.collection.name === 'organisations')
		.map((file) => parseContentFile(readFileSync(file.path, 'utf-8'), 'yaml') as { slug: string; name: string; editors?: string[] });
	const id = authorResolver(organisations.map((org) => ({ id: org.slug, editors: org.editors ?? [] })))({ authorName: '', authorEmail: email });
	const org = organisations.find((candidate) => candidate.slug === id);
	return org && { id: org.slug, name: org.name };
}
