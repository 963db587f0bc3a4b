/**
 * One benchmark round: generate N entries into a scratch copy of the content (committed to a
 * fresh git repository, as a real site would be), build Gongjian and a plain Starlight site from
 * the same corpus, and measure both.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus, type CorpusCounts } from '../corpus/generate';
import { existingEditions, loadSentences, organisationIds } from '../corpus/sources';
import { writeBaselineSite } from './baseline';
import { countGitProcesses } from './git-counter';
import { folderBytes, htmlStats, type HtmlStats } from './html-stats';
import { measureRun, type RunMeasurement } from './measure';
import { PACK_FILE, type OfflinePack } from '../../../src/lib/offline/write-pack';

export interface BuildFigures extends HtmlStats {
	wallMs: number;
	peakRssBytes: number;
	pagefindMs?: number;
	pagefindPeakRssBytes?: number;
	gitProcesses: number;
	indexBytes: number;
	/** The current-edition offline pack (「离线保存」), as listed in offline-pack.json; Gongjian only. */
	offlinePackBytes?: number;
}

export interface BenchRound {
	n: number;
	counts: CorpusCounts;
	/** Figures of the last run; its wall time is the median of all runs. */
	gongjian: BuildFigures;
	baseline: BuildFigures;
	/** Each run's build wall time, in the order run (Gongjian and baseline alternate). */
	wallRuns: { gongjian: number[]; baseline: number[] };
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// Starlight's own Pagefind step and ours (src/lib/search/plugin.ts) announce start and end in the log.
const PAGEFIND_PHASE = { start: /Building (the Chinese )?search index/, end: /Finished building search index|Indexed \d+ of \d+ HTML files/ };

function offlinePackBytes(outDir: string): number | undefined {
	const file = join(outDir, PACK_FILE);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf-8')) as OfflinePack).bytes : undefined;
}

function figures(run: RunMeasurement, outDir: string, gitProcesses: number): BuildFigures {
	if (run.exitCode !== 0) throw new Error(`Build failed:\n${run.output.slice(-4000)}`);
	return {
		...htmlStats(outDir),
		wallMs: run.wallMs,
		peakRssBytes: run.peakRssBytes,
		pagefindMs: run.phase?.wallMs,
		pagefindPeakRssBytes: run.phase?.peakRssBytes,
		gitProcesses,
		indexBytes: folderBytes(join(outDir, 'pagefind')),
		offlinePackBytes: offlinePackBytes(outDir),
	};
}

/**
 * `runs` builds of each, alternating (Gongjian, baseline, Gongjian, …) and each from a cold cache,
 * so that a drift of the machine's speed touches both: one pair of builds of 5,000 entries has
 * varied by a third from one run to the next.
 */
export async function benchRound(options: { n: number; seed: number; projectRoot: string; scratch: string; from: string; runs?: number }): Promise<BenchRound> {
	const { n, projectRoot } = options;
	const dir = join(options.scratch, `n${n}`);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const contentDir = join(dir, 'repo', 'content');
	cpSync(options.from, contentDir, { recursive: true });
	const counts = generateCorpus({
		n,
		seed: options.seed,
		sentences: loadSentences(projectRoot, contentDir).sentences,
		organisations: organisationIds(contentDir),
		contentDir,
		existingEditions: existingEditions(contentDir),
	});
	const repo = join(dir, 'repo');
	const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.invalid', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.invalid' };
	execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
	execFileSync('git', ['add', '-A'], { cwd: repo });
	execFileSync('git', ['commit', '-q', '-m', `generated corpus n=${n}`], { cwd: repo, env: gitEnv });

	const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
	const baselineSite = join(dir, 'baseline');
	writeBaselineSite(contentDir, baselineSite);
	const wallRuns = { gongjian: [] as number[], baseline: [] as number[] };
	let gongjian: BuildFigures | undefined;
	let baseline: BuildFigures | undefined;
	for (let run = 0; run < Math.max(1, options.runs ?? 1); run++) {
		for (const cold of ['dist', 'cache']) rmSync(join(dir, cold), { recursive: true, force: true });
		for (const cold of ['dist', '.astro', 'node_modules']) rmSync(join(baselineSite, cold), { recursive: true, force: true });

		const counter = countGitProcesses();
		const ours = await measureRun(process.execPath, [astro, 'build', '--outDir', join(dir, 'dist')], {
			cwd: projectRoot,
			env: { ...process.env, ...counter.env, GONGJIAN_CONTENT: contentDir, GONGJIAN_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
			phase: PAGEFIND_PHASE,
		});
		gongjian = figures(ours, join(dir, 'dist'), counter.count());
		wallRuns.gongjian.push(gongjian.wallMs);

		const baselineCounter = countGitProcesses();
		const theirs = await measureRun(process.execPath, [astro, 'build', '--root', baselineSite], {
			cwd: projectRoot,
			env: { ...process.env, ...baselineCounter.env, ASTRO_TELEMETRY_DISABLED: '1' },
			phase: PAGEFIND_PHASE,
		});
		baseline = figures(theirs, join(baselineSite, 'dist'), baselineCounter.count());
		wallRuns.baseline.push(baseline.wallMs);
	}
	gongjian = { ...gongjian!, wallMs: median(wallRuns.gongjian) };
	baseline = { ...baseline!, wallMs: median(wallRuns.baseline) };
	return { n, counts, gongjian, baseline, wallRuns };
}
