/**
 * The inline scripts of a built page and their CSP hashes. Only scripts a browser would run count:
 * data blocks such as `<script type="application/json">` are never executed and need no hash.
 */
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export interface InlineScript {
	text: string;
}

export function inlineScripts(html: string): InlineScript[] {
	const scripts: InlineScript[] = [];
	let current: InlineScript | undefined;
	const parser = new Parser(
		{
			onopentag(name, attributes) {
				if (name === 'script' && !('src' in attributes) && EXECUTABLE_TYPES.has((attributes.type ?? '').trim().toLowerCase())) current = { text: '' };
			},
			ontext(text) {
				if (current) current.text += text;
			},
			onclosetag(name) {
				if (name === 'script' && current) {
					scripts.push(current);
					current = undefined;
				}
			},
		},
		{ decodeEntities: false, lowerCaseTags: true },
	);
	parser.write(html);
	parser.end();
	return scripts;
}

export const cspHash = (script: string) => `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
