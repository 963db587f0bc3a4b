/** A page's reference in RIS (Zotero, EndNote, NoteExpress): ELEC for a web page, CHAP for a guide section. */
import type { CslItem } from './csl-item';

export function toRis(item: CslItem): string {
	const parts = item.issued?.['date-parts'][0];
	const lines: [string, string | undefined][] = [
		['TY', item.type === 'chapter' ? 'CHAP' : item.type === 'dataset' ? 'DATA' : 'ELEC'],
		['TI', item.title],
		...item.author.map((a): [string, string] => ['AU', a.literal]),
		['T2', item['container-title']],
		['ET', item.edition],
		['DA', parts && parts.map((n) => String(n).padStart(2, '0')).join('/')],
		['PY', parts && String(parts[0])],
		['UR', item.URL],
		['LA', 'zh-CN'],
		['N1', item.genre],
		['ER', ''],
	];
	// RIS separates tag and value with exactly two spaces, a hyphen and a space; records end with ER.
	return lines.filter(([, value]) => value !== undefined).map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}
