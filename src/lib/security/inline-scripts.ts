/**
 * The inline scripts of a built page and their CSP hashes. Only scripts a browser would run count:
 * data blocks such as `<script type="application/json">` are never executed and need no hash.
 *
 * A page is scanned as bytes read as latin1 (one character per byte), so offsets are byte offsets:
 * a script's hash is taken over its exact UTF-8 bytes and no page is decoded or re-encoded. The scan
 * steps from tag to tag as a browser's tokenizer does: a tag's quoted attribute values are part of
 * the tag (a `<script>` written into a title attribute is text there), comments are skipped, and the
 * text of script, style, title, textarea and the other raw-text elements runs to their end tag.
 */
import { createHash } from 'node:crypto';

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export interface InlineScript {
	/** The script's text, as written in the page. */
	text: string;
	hash: string;
}

const TAG = /<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes']);
const endTags = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}(?=[\\s/>])`, 'gi')]));
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributes(source: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const [, name, double, single, bare] of source.matchAll(ATTRIBUTE)) {
		const key = name.toLowerCase();
		// As in a browser, the first of two same-named attributes wins.
		if (!found.has(key)) found.set(key, double ?? single ?? bare ?? '');
	}
	return found;
}

function runs(tag: Map<string, string>): boolean {
	return !tag.has('src') && EXECUTABLE_TYPES.has((tag.get('type') ?? '').trim().toLowerCase());
}

export const cspHash = (script: string | Uint8Array) => `sha256-${createHash('sha256').update(script).digest('base64')}`;

export function inlineScripts(page: string | Buffer): InlineScript[] {
	const bytes = typeof page === 'string' ? Buffer.from(page, 'utf-8') : page;
	const text = bytes.toString('latin1');
	const scripts: InlineScript[] = [];
	for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at)) {
		if (text.startsWith('<!--', at)) {
			const end = text.indexOf('-->', at + 4);
			at = end === -1 ? text.length : end + 3;
			continue;
		}
		TAG.lastIndex = at;
		const tag = TAG.exec(text);
		if (!tag) {
			// `<!doctype …>`, `<?…>` or a lone `<` in text.
			at += 1;
			continue;
		}
		at = TAG.lastIndex;
		const name = tag[2].toLowerCase();
		if (tag[1] || !RAW_TEXT.has(name)) continue;
		const endTag = endTags.get(name)!;
		endTag.lastIndex = at;
		const end = endTag.exec(text)?.index ?? text.length;
		if (name === 'script' && runs(attributes(tag[3]))) {
			const body = bytes.subarray(at, end);
			scripts.push({ text: body.toString('utf-8'), hash: cspHash(body) });
		}
		at = end;
	}
	return scripts;
}
