/** A page's reference as a BibTeX @online entry (biblatex reads it; BibTeX keeps the fields it knows). */
import type { CslItem } from './csl-item';

// Braces and backslashes are BibTeX syntax; `#`, `%`, `&`, `$`, `_`, `^`, `~` are TeX's.
const escapeValue = (value: string) => value.replace(/[\\{}]/g, '').replace(/([#%&$_^~])/g, '\\$1');

/** The key: the page's path with its slashes turned into colons, ASCII because slugs are. */
export const bibtexKey = (item: CslItem) => `gongjian:${item.id.replace(/\//g, ':')}`;

export function toBibtex(item: CslItem): string {
	const parts = item.issued?.['date-parts'][0];
	const date = parts && parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');
	const fields: [string, string | undefined][] = [
		// Double braces keep an organisation's name whole: BibTeX would otherwise split it into first and last names.
		['author', item.author.map((a) => `{${escapeValue(a.literal)}}`).join(' and ')],
		['title', escapeValue(item.title)],
		['booktitle', item['container-title'] && escapeValue(item['container-title'])],
		['edition', item.edition && escapeValue(item.edition)],
		['date', date],
		['year', parts && String(parts[0])],
		['url', item.URL],
		['langid', 'chinese'],
		['note', escapeValue(item.genre)],
	];
	const body = fields.filter(([, value]) => value).map(([name, value]) => `  ${name} = {${value}}`);
	return `@online{${bibtexKey(item)},\n${body.join(',\n')}\n}\n`;
}
