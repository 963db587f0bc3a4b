/**
 * Benchmarks our Chinese search against Starlight's default Pagefind search on the same built site:
 *   npm run bench:search                                        # the starter corpus in content/
 *   npm run bench:search -- --content bench/scratch/n2000/content --label n2000
 *   npm run bench:search -- --dist <a built site> --label mine  # skip the build
 * Builds the site, indexes it both ways, takes the ground truth from the built pages' indexed
 * text, runs every query in headless Chromium — ours on the search page, paged to the end, and
 * judged on the links it lists — prints recall, precision, first-search bytes and latency per
 * query set, and writes them to their section of bench/search-results.md. Exits 1 if a target is
 * missed, or if any query lists another number of results than the page reports.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { findChromiumExecutable } from '../src/lib/browser/chromium-executable';
import { compareSearches } from '../tools/lib/search/bench/compare-searches';
import { writeDefaultIndex } from '../tools/lib/search/bench/default-index';
import { totalBytes } from '../tools/lib/search/bench/first-search-bytes';
import { readTruthPages } from '../tools/lib/search/bench/ground-truth';
import { buildQuerySets } from '../tools/lib/search/bench/query-sets';
import { formatMisses, formatReport, withSection } from '../tools/lib/search/bench/report';
import { writeSearchIndex } from '../src/lib/search/write-search-index';

const { values } = parseArgs({ options: { content: { type: 'string', default: 'content' }, dist: { type: 'string' }, label: { type: 'string' } } });
const projectRoot = resolve(import.meta.dirname, '..');
const content = resolve(values.content!);
const label = values.label ?? (values.dist ? basename(resolve(values.dist)) : basename(content) === 'content' && content === join(projectRoot, 'content') ? 'starter' : basename(resolve(content, '..')));
const scratch = join(projectRoot, 'bench/scratch', `search-${label}`);
const dist = values.dist ? resolve(values.dist) : join(scratch, 'dist');

if (!values.dist) {
	console.log(`Building ${content} into ${dist} ...`);
	rmSync(scratch, { recursive: true, force: true });
	await promisify(execFile)(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist], {
		cwd: projectRoot,
		env: { ...process.env, GONGJIAN_CONTENT: content, GONGJIAN_CACHE_DIR: join(scratch, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 256 * 1024 * 1024,
	});
}

console.log('Indexing the built site both ways (ours, then Starlight\'s addDirectory) ...');
rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
const ours = await writeSearchIndex(dist);
const starlight = await writeDefaultIndex(dist);
console.log(`  ours: ${ours.pages} pages in ${(ours.ms / 1000).toFixed(1)} s; default: ${starlight.pages} HTML files in ${(starlight.ms / 1000).toFixed(1)} s`);

const truthPages = await readTruthPages(dist);
const sets = buildQuerySets(truthPages);
console.log(`Running ${sets.reduce((n, set) => n + set.queries.length, 0)} queries per search in Chromium ...`);
const engines = await compareSearches(dist, sets, truthPages);

// The same binary the searches ran in: the system's, or the one @sparticuz/chromium ships.
const chromiumVersion = execFileSync((await findChromiumExecutable()).path, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
// Other work on the machine slows the browser down: the load average goes in the report.
const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, load average ${loadavg()[0].toFixed(1)}, ${platform()} ${release()}, Node ${process.version}, ${chromiumVersion}`;
const report = formatReport(
	{
		label,
		source: values.dist ? `built site ${values.dist}` : `${relative(projectRoot, content) || content}/`,
		date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
		machine,
		pages: truthPages.length,
		indexMs: { ours: ours.ms, starlight: starlight.ms },
	},
	engines,
);
const section = `${report}\nQueries where ours differs from the ground truth:\n${formatMisses(engines[0])}\n`;
mkdirSync(join(projectRoot, 'bench'), { recursive: true });
const file = join(projectRoot, 'bench', 'search-results.md');
writeFileSync(file, withSection(existsSync(file) ? readFileSync(file, 'utf-8') : '', label, section));
console.log(`\n${section}\nWritten to ${relative(projectRoot, file)}`);

const hanSets = engines[0].sets.filter((set) => !set.name.startsWith('拉丁'));
const checks = [
	{ target: 'every query lists as many results as it reports (paged to the end on the search page)', ok: engines[0].sets.every((set) => set.score.countMismatches === 0) },
	{ target: 'recall ≥ 0.99 on Chinese query sets', ok: hanSets.every((set) => set.score.recall >= 0.99) },
	{ target: 'precision ≥ 0.95 on Chinese query sets', ok: hanSets.every((set) => set.score.precision >= 0.95) },
	{ target: 'first search ≤ 300 KB', ok: totalBytes(engines[0].firstSearch.bytes) <= 300 * 1024 },
	{ target: 'a warm query answers (ranked results) in under 50 ms, median', ok: engines[0].sets.every((set) => set.score.warmSearchMedianMs < 50) },
];
for (const check of checks) console.log(`${check.ok ? '✓' : '✗'} ${check.target}`);
const shown = Math.max(...engines[0].sets.map((set) => set.score.warmMedianMs));
console.log(`${shown < 50 ? '✓' : '·'} first 5 results shown, fragments fetched, warm: median up to ${shown.toFixed(1)} ms per set (not a target: fetching fragments dominates it)`);
process.exit(checks.every((check) => check.ok) ? 0 : 1);
