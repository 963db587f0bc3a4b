/**
 * The scale benchmark at small N, in the test suite: it must run end to end, and the structural
 * budgets must hold — HTML per page flat in N (median and max within 10%) and a constant number of
 * git processes. Timings are printed, not asserted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { benchRound, type BenchRound } from '../../tools/lib/bench/run-bench';
import { reportTable } from '../../tools/lib/bench/report';
import { projectRoot } from '../helpers/site-build';

let small: BenchRound;
let large: BenchRound;

beforeAll(async () => {
	const options = { seed: 11, projectRoot, scratch: join(projectRoot, 'node_modules/.cache/gongjian-bench'), from: join(projectRoot, 'content') };
	// Twice each at the small size: the repeated, alternating cold builds of `--runs` are exercised too.
	small = await benchRound({ ...options, n: 50, runs: 2 });
	large = await benchRound({ ...options, n: 200 });
	console.log(reportTable([small, large]));
}, 900_000);

describe('benchmark at small N', () => {
	it('with --runs, builds each site that many times from cold and reports the median and every run', () => {
		expect(small.wallRuns.gongjian).toHaveLength(2);
		expect(small.wallRuns.baseline).toHaveLength(2);
		const [a, b] = small.wallRuns.gongjian;
		expect(small.gongjian.wallMs).toBe((a + b) / 2);
		expect(large.wallRuns.gongjian).toHaveLength(1);
		const row = reportTable([small]).split('\n').find((line) => line.startsWith('| build wall time, each run'));
		expect(row).toContain(`${(a / 1000).toFixed(1)}, ${(b / 1000).toFixed(1)} s`);
		expect(row).toMatch(/pair by pair \d+\.\d\d×, \d+\.\d\d×/);
	});

	it('builds both sites from the same corpus', () => {
		expect(large.gongjian.pages).toBeGreaterThan(small.gongjian.pages);
		expect(large.baseline.pages).toBeGreaterThan(small.baseline.pages);
		expect(large.gongjian.indexBytes).toBeGreaterThan(0);
		expect(large.baseline.indexBytes).toBeGreaterThan(0);
	});

	it('keeps HTML per page flat in N', () => {
		expect(large.gongjian.medianBytes / small.gongjian.medianBytes).toBeGreaterThan(0.9);
		expect(large.gongjian.medianBytes / small.gongjian.medianBytes).toBeLessThan(1.1);
		expect(large.gongjian.maxBytes / small.gongjian.maxBytes).toBeGreaterThan(0.9);
		expect(large.gongjian.maxBytes / small.gongjian.maxBytes).toBeLessThan(1.1);
	});

	it('keeps the offline pack of the current guide under 5 MB, flat in N', () => {
		expect(small.gongjian.offlinePackBytes).toBeGreaterThan(100 * 1024);
		expect(large.gongjian.offlinePackBytes).toBeLessThan(5 * 1024 ** 2);
		// The generated entries are cases, briefs and older editions, none of them in the pack: with
		// the site-wide index in it, the pack grew with them (3.0 MB on the starter, 20.2 MB at 5,000).
		expect(large.gongjian.offlinePackBytes! / small.gongjian.offlinePackBytes!).toBeLessThan(1.02);
		expect(large.gongjian.indexBytes / small.gongjian.indexBytes).toBeGreaterThan(1.2);
		expect(small.baseline.offlinePackBytes).toBeUndefined();
	});

	it('spawns a constant number of git processes', () => {
		expect(small.gongjian.gitProcesses).toBeGreaterThan(0);
		expect(large.gongjian.gitProcesses).toBe(small.gongjian.gitProcesses);
	});
});
