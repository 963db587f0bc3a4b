/**
 * The scale benchmark: `npm run bench [-- --n 500,2000,5000] [--seed 42] [--runs 3]`.
 * For each N, builds Gongjian and a plain Starlight site from the same generated corpus, prints a
 * table of figures (Gongjian as ratios to the baseline; with --runs, build times are the median of
 * that many cold builds of each, alternating) and appends it to bench/results.md with the
 * date and machine. Scratch files go to bench/scratch/ (ignored by git).
 */
import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchRound } from '../tools/lib/bench/run-bench';
import { machineLine, reportTable } from '../tools/lib/bench/report';

const { values } = parseArgs({ options: { n: { type: 'string', default: '500,2000,5000' }, seed: { type: 'string', default: '42' }, runs: { type: 'string', default: '1' } } });
const projectRoot = resolve(import.meta.dirname, '..');
const scratch = join(projectRoot, 'bench/scratch');
mkdirSync(scratch, { recursive: true });

const rounds = [];
for (const n of values.n!.split(',').map(Number)) {
	console.log(`Building N = ${n} (Gongjian and baseline, ${values.runs} time(s) each)…`);
	rounds.push(await benchRound({ n, seed: Number(values.seed), projectRoot, scratch, from: join(projectRoot, 'content'), runs: Number(values.runs) }));
}
const report = `## ${machineLine()}\n\n${reportTable(rounds)}\n`;
console.log(`\n${report}`);
const results = join(projectRoot, 'bench/results.md');
if (!existsSync(results)) appendFileSync(results, '# Scale benchmark results\n\nWritten by `npm run bench`. Newest last.\n\n');
appendFileSync(results, `${report}\n`);
console.log(`Appended to ${results}`);
