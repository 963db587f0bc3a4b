/**
 * An RFC 4180 reader for the tests, written apart from src/lib/data/csv.ts so that a writer bug is
 * not read back by the same bug. Drops the BOM; returns rows of cells.
 */
export function parseCsv(text: string): string[][] {
	const input = text.replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < input.length; i++) {
		const ch = input[i];
		if (quoted) {
			if (ch === '"' && input[i + 1] === '"') (cell += '"'), i++;
			else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') row.push(cell), (cell = '');
		else if (ch === '\r' && input[i + 1] === '\n') {
			row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
		} else cell += ch;
	}
	if (cell || row.length) row.push(cell), rows.push(row);
	return rows;
}
