/**
 * Runs a build as a child process and measures it: wall time, peak resident memory of the whole
 * process tree (the Pagefind binary is a separate process, so Node's own RSS is not enough), and
 * the same two figures for a phase delimited by log lines (Pagefind).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface PhaseMarkers {
	start: RegExp;
	end: RegExp;
}

export interface RunMeasurement {
	wallMs: number;
	peakRssBytes: number;
	phase?: { wallMs: number; peakRssBytes: number };
	output: string;
	exitCode: number;
}

const PAGE_SIZE = 4096;

/** Resident memory of a process and all its descendants, from /proc. */
function treeRss(root: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf-8');
			// Fields after the command name, which is in parentheses and may contain spaces.
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			const pid = Number(name);
			const ppid = Number(fields[1]);
			rss.set(pid, Number(fields[21]) * PAGE_SIZE);
			if (!children.has(ppid)) children.set(ppid, []);
			children.get(ppid)!.push(pid);
		} catch {
			// The process ended while we looked.
		}
	}
	let total = 0;
	const stack = [root];
	while (stack.length) {
		const pid = stack.pop()!;
		total += rss.get(pid) ?? 0;
		stack.push(...(children.get(pid) ?? []));
	}
	return total;
}

export function measureRun(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; phase?: PhaseMarkers }): Promise<RunMeasurement> {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		let peak = 0;
		let phaseStart: number | undefined;
		let phaseEnd: number | undefined;
		let phasePeak = 0;
		const sample = () => {
			const rss = treeRss(child.pid!);
			peak = Math.max(peak, rss);
			if (phaseStart !== undefined && phaseEnd === undefined) phasePeak = Math.max(phasePeak, rss);
		};
		const timer = setInterval(sample, 100);
		const onData = (chunk: Buffer) => {
			const text = chunk.toString();
			output += text;
			if (options.phase && phaseStart === undefined && options.phase.start.test(text)) phaseStart = performance.now();
			if (options.phase && phaseStart !== undefined && phaseEnd === undefined && options.phase.end.test(text)) {
				sample();
				phaseEnd = performance.now();
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(timer);
			resolve({
				wallMs: performance.now() - started,
				peakRssBytes: peak,
				phase: phaseStart !== undefined && phaseEnd !== undefined ? { wallMs: phaseEnd - phaseStart, peakRssBytes: phasePeak } : undefined,
				output,
				exitCode: code ?? 1,
			});
		});
	});
}
