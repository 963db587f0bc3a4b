/** The open data's CSV read back with csv-parse, a parser independent of the writer in src/lib/data/csv.ts. */
import { parse } from 'csv-parse/sync';

export function parseCsv(text: string): string[][] {
	return parse(text, { bom: true, relax_column_count: false }) as string[][];
}
