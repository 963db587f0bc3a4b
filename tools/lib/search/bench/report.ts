/**
 * The benchmark's report, as Markdown: the machine, the corpus, and the two searches side by side.
 */
import type { EngineReport } from './compare-searches';
import { totalBytes, type BytesByKind } from './first-search-bytes';
import { listsOtherThanReported } from './metrics';

export interface BenchContext {
	label: string;
	/** Where the site came from: its content folder or a given build. */
	source: string;
	date: string;
	machine: string;
	pages: number;
	indexMs: { ours: number; starlight: number };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value: number) => value.toFixed(3);
const ms = (value: number) => `${value.toFixed(1)} ms`;

function bytesLine(bytes: BytesByKind): string {
	const parts = Object.entries(bytes).map(([kind, { files, bytes: size }]) => `${kind} ${kb(size)}${files > 1 ? ` (${files})` : ''}`);
	return `${kb(totalBytes(bytes))} = ${parts.join(' + ')}`;
}

export function formatReport(context: BenchContext, engines: EngineReport[]): string {
	const [ours, starlight] = engines;
	const lines = [
		`## ${context.label}: ${context.pages} searchable pages`,
		'',
		`${context.date} · ${context.source} · ${context.machine}`,
		'',
		`Indexing at build time: ours ${(context.indexMs.ours / 1000).toFixed(1)} s, Starlight's default ${(context.indexMs.starlight / 1000).toFixed(1)} s.`,
		'',
		'| query set | queries | recall ours / default | precision ours / default | missed ours / default | spurious ours / default | ours: listed ≠ reported | warm median ms ours / default | of which search | warm p90 ms ours / default | cold median ms ours / default |',
		'|---|---|---|---|---|---|---|---|---|---|---|',
		...ours.sets.map((set, i) => {
			const a = set.score;
			const b = starlight.sets[i].score;
			const pair = (x: number, y: number, f: (n: number) => string) => `${f(x)} / ${f(y)}`;
			const one = (n: number) => n.toFixed(1);
			return `| ${set.name} | ${a.queries} | ${pair(a.recall, b.recall, ratio)} | ${pair(a.precision, b.precision, ratio)} | ${a.missed} / ${b.missed} | ${a.spurious} / ${b.spurious} | ${a.countMismatches} | ${pair(a.warmMedianMs, b.warmMedianMs, one)} | ${pair(a.warmSearchMedianMs, b.warmSearchMedianMs, one)} | ${pair(a.warmP90Ms, b.warmP90Ms, one)} | ${pair(a.medianMs, b.medianMs, one)} |`;
		}),
		'',
		`First search (${ours.firstSearch.query}, empty cache):`,
		`- ours: ${bytesLine(ours.firstSearch.bytes)}; ${ms(ours.firstSearch.ms)}`,
		`- default: ${bytesLine(starlight.firstSearch.bytes)}; ${ms(starlight.firstSearch.ms)} (Starlight's Pagefind UI bundle not counted)`,
		'',
		`Repeat of the domain terms (everything cached): median ours ${ms(ours.repeatMedianMs)}, default ${ms(starlight.repeatMedianMs)}.`,
		'',
		`Ours is scored on what the search page lists (${'`'}/search/?edition=all${'`'}, every guide edition), paged with 显示更多结果 to the end: ${listedTotals(ours)}. "listed ≠ reported": queries whose page listed another number of results than the count it showed. Starlight's default is scored on its result ids (its UI is not built).`,
		'',
		`Latency: from the query to its first 5 results with their fragments loaded (ours: rendered on the search page; default: Pagefind's search() and data() of 5, as Starlight's UI shows 5). Warm: the query's index chunks were fetched first (untimed), as both UIs do while the reader types; cold: they were not. "of which search": until the ranked list of results, before any result's fragment is fetched. Recall is the mean over queries that have an answer; precision the mean over queries that returned something. "missed": queries with an answer that returned nothing; "spurious": queries without an answer that returned pages.`,
		'',
	];
	return lines.join('\n');
}

export const RESULTS_HEADER = '# Search benchmark (`npm run bench:search`)\n\nOne section per corpus; a run replaces its own section.\n';

/** The results file with this corpus's section replaced (or added), the others kept. */
export function withSection(file: string, label: string, section: string): string {
	const sections = (file.trim() ? file : RESULTS_HEADER).split(/^(?=## )/m);
	const [header, ...rest] = sections;
	const index = rest.findIndex((existing) => existing.startsWith(`## ${label}:`));
	if (index >= 0) rest[index] = section;
	else rest.push(section);
	return [header, ...rest].map((part) => `${part.trim()}\n`).join('\n');
}

function listedTotals(engine: EngineReport): string {
	const outcomes = Object.values(engine.outcomes).flat();
	const listed = outcomes.reduce((sum, o) => sum + (o.listed?.count ?? 0), 0);
	const reported = outcomes.reduce((sum, o) => sum + (o.listed?.reported ?? 0), 0);
	const unavailable = outcomes.reduce((sum, o) => sum + (o.listed?.unavailable ?? 0), 0);
	return `${listed} results listed of ${reported} reported over ${outcomes.length} queries, ${unavailable} shown as not loaded`;
}

/** The queries where our search disagrees with the ground truth, for reading after a run. */
export function formatMisses(ours: EngineReport): string {
	const rows = Object.values(ours.outcomes)
		.flat()
		.filter((o) => o.found.length !== o.truth.length || o.found.some((url) => !o.truth.includes(url)) || listsOtherThanReported(o))
		.map((o) => `- ${o.query}: truth ${o.truth.length}, ${o.listed ? `reported ${o.listed.reported}, listed ${o.listed.count}${o.listed.unavailable ? ` (+${o.listed.unavailable} not loaded)` : ''}` : `found ${o.found.length}`}, wrong ${o.found.filter((u) => !o.truth.includes(u)).join(' ') || '—'}, missing ${o.truth.filter((u) => !o.found.includes(u)).join(' ') || '—'}`);
	return rows.length ? rows.join('\n') : '- none';
}
