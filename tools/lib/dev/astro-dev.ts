/**
 * Runs `astro dev` on a site in a child process until stopped: for the dev-edit benchmark and the
 * test that edits content under a running dev server.
 */
import { spawn } from 'node:child_process';

export interface AstroDev {
	/** e.g. http://127.0.0.1:4391 */
	origin: string;
	/** A page's HTML, by URL path. */
	page(path: string): Promise<string>;
	/** What the server printed so far. */
	log(): string;
	stop(): Promise<void>;
}

/**
 * The environment as a person's shell has it, without a test runner's variables: Astro skips its
 * page middleware when VITEST is set, and NODE_ENV=test turns Vite's HMR (content updates) off.
 */
function shellEnvironment(): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
}

export async function startAstroDev(options: { astroBin: string; root: string; port: number; env?: Record<string, string>; timeoutMs?: number }): Promise<AstroDev> {
	const server = spawn(process.execPath, [options.astroBin, 'dev', '--root', options.root, '--host', '127.0.0.1', '--port', String(options.port)], {
		cwd: options.root,
		env: { ...shellEnvironment(), ...options.env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	server.stdout.on('data', (chunk) => (log += chunk));
	server.stderr.on('data', (chunk) => (log += chunk));
	const exited = new Promise((resolve) => server.once('exit', resolve));
	const stop = async () => {
		if (server.exitCode === null && server.signalCode === null) server.kill();
		await exited;
	};
	const origin = `http://127.0.0.1:${options.port}`;
	const deadline = Date.now() + (options.timeoutMs ?? 180_000);
	for (;;) {
		if (server.exitCode !== null) throw new Error(`astro dev exited:\n${log.slice(-3000)}`);
		try {
			await fetch(`${origin}/`, { method: 'HEAD' });
			break;
		} catch {
			if (Date.now() > deadline) {
				await stop();
				throw new Error(`astro dev did not answer within ${options.timeoutMs ?? 180_000} ms:\n${log.slice(-3000)}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}
	return { origin, page: async (path) => (await fetch(`${origin}${path}`)).text(), log: () => log, stop };
}
