/**
 * RFC 4180 CSV for spreadsheet users: UTF-8 with a byte-order mark (without it Excel on Windows
 * reads Chinese as GBK and shows mojibake), CRLF line ends, every field quoted when it needs to be.
 */
export const BOM = '\uFEFF';

// A cell starting with = + - @ (or a tab/CR) is run as a formula by Excel and LibreOffice: content
// written by many organisations must not become a formula on a researcher's machine (CWE-1236).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
