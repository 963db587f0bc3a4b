/** The benchmark's table: Gongjian's figures, and each as a ratio to the plain Starlight baseline. */
import { cpus, hostname, totalmem } from 'node:os';
import type { BenchRound, BuildFigures } from './run-bench';

const seconds = (ms?: number) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const gb = (bytes?: number) => (bytes === undefined ? '–' : `${(bytes / 1024 ** 3).toFixed(2)} GB`);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`;
const ratio = (ours?: number, theirs?: number) => (ours === undefined || !theirs ? '' : ` (${(ours / theirs).toFixed(2)}×)`);

const ROWS: { label: string; show: (f: BuildFigures) => string; value: (f: BuildFigures) => number | undefined }[] = [
	{ label: 'pages', show: (f) => String(f.pages), value: (f) => f.pages },
	{ label: 'build wall time', show: (f) => seconds(f.wallMs), value: (f) => f.wallMs },
	{ label: 'build peak RSS', show: (f) => gb(f.peakRssBytes), value: (f) => f.peakRssBytes },
	{ label: 'Pagefind wall time', show: (f) => seconds(f.pagefindMs), value: (f) => f.pagefindMs },
	{ label: 'Pagefind peak RSS', show: (f) => gb(f.pagefindPeakRssBytes), value: (f) => f.pagefindPeakRssBytes },
	{ label: 'HTML per page, median', show: (f) => kb(f.medianBytes), value: (f) => f.medianBytes },
	{ label: 'HTML per page, max', show: (f) => `${kb(f.maxBytes)} ${f.maxPage}`, value: (f) => f.maxBytes },
	{ label: 'git processes', show: (f) => String(f.gitProcesses), value: () => undefined },
	{ label: 'search index', show: (f) => mb(f.indexBytes), value: (f) => f.indexBytes },
	// Budget: under 5 MB (DESIGN.md); the baseline has no offline pack, hence no ratio.
	{ label: 'offline pack (current guide)', show: (f) => (f.offlinePackBytes === undefined ? '–' : mb(f.offlinePackBytes)), value: () => undefined },
];

export function machineLine(): string {
	const cpu = cpus();
	return `${new Date().toISOString().slice(0, 10)} · ${hostname()} · ${cpu.length} × ${cpu[0]?.model ?? 'CPU'} · ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM · Node ${process.version}`;
}

export function reportTable(rounds: BenchRound[]): string {
	const header = `| figure | ${rounds.map((r) => `N = ${r.n}: Gongjian (× baseline) | baseline`).join(' | ')} |`;
	const rule = `|---|${rounds.map(() => '---|---').join('|')}|`;
	const lines = ROWS.map(
		(row) => `| ${row.label} | ${rounds.map((r) => `${row.show(r.gongjian)}${ratio(row.value(r.gongjian), row.value(r.baseline))} | ${row.show(r.baseline)}`).join(' | ')} |`,
	);
	// With several runs: each run's wall time, and the ratio pair by pair (each Gongjian build against the baseline build after it).
	if (rounds.some((r) => r.wallRuns.gongjian.length > 1)) {
		const each = (values: number[]) => values.map((ms) => (ms / 1000).toFixed(1)).join(', ') + ' s';
		const pairs = (r: BenchRound) => r.wallRuns.gongjian.map((ms, i) => (ms / r.wallRuns.baseline[i]).toFixed(2) + '×').join(', ');
		lines.splice(2, 0, `| build wall time, each run (median above) | ${rounds.map((r) => `${each(r.wallRuns.gongjian)}; pair by pair ${pairs(r)} | ${each(r.wallRuns.baseline)}`).join(' | ')} |`);
	}
	const corpus = rounds.map((r) => `N = ${r.n}: ${r.counts.cases} cases, ${r.counts.briefs} briefs, ${r.counts.guideSections} guide sections in ${r.counts.editions} generated editions`).join('; ');
	return [header, rule, ...lines, '', `Corpus: ${corpus} (plus the starter content).`].join('\n');
}
