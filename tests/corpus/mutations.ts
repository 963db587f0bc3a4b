/**
 * Small edits to a copy of the basic fixture site, as a new user makes them: a file in the wrong
 * place, a paste from Word, a typo in a field name, a date in the future, a broken link. Each
 * works on the content folder of a fixture copy.
 */
import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type Mutation = (content: string) => void;

export const read = (content: string, path: string) => readFileSync(join(content, path), 'utf-8');

export function write(content: string, path: string, text: string | Buffer) {
	mkdirSync(dirname(join(content, path)), { recursive: true });
	writeFileSync(join(content, path), text);
}

/** Replaces `from` (which must be there) by `to` in one file. */
export const replace =
	(path: string, from: string | RegExp, to: string): Mutation =>
	(content) => {
		const text = read(content, path);
		const next = text.replace(from, to);
		if (next === text) throw new Error(`${path} does not contain ${String(from)}`);
		write(content, path, next);
	};

export const add =
	(path: string, text: string | Buffer): Mutation =>
	(content) =>
		write(content, path, text);

/** A copy of an existing file under another path, with replacements. */
export const copy =
	(from: string, to: string, ...changes: [string | RegExp, string][]): Mutation =>
	(content) => {
		let text = read(content, from);
		for (const [a, b] of changes) text = text.replace(a, b);
		write(content, to, text);
	};

export const remove =
	(path: string): Mutation =>
	(content) =>
		rmSync(join(content, path));

export const append =
	(path: string, text: string): Mutation =>
	(content) =>
		appendFileSync(join(content, path), text);

export const both =
	(...mutations: Mutation[]): Mutation =>
	(content) => {
		for (const mutation of mutations) mutation(content);
	};
