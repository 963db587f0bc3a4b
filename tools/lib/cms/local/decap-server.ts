/**
 * Runs decap-server, Decap's local backend, on 127.0.0.1 over a working copy. Always in `fs`
 * mode: it only reads and writes files. (Its `git` mode commits every save with `git add .`,
 * sweeping unrelated files into the commit, and switches branches in the working tree.) Saves
 * become commits when the editor runs `npm run commit:content`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { localProxyUrl } from '../../../../cms/config/backend-config';

export interface DecapServer {
	url: string;
	stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
	try {
		const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) });
		return response.ok;
	} catch {
		return false;
	}
}

function stopper(child: ChildProcess) {
	return () =>
		new Promise<void>((resolve) => {
			if (child.exitCode !== null) return resolve();
			child.once('exit', () => resolve());
			child.kill();
		});
}

export async function startDecapServer({ repoDir, port, log = () => {} }: { repoDir: string; port: number; log?: (line: string) => void }): Promise<DecapServer> {
	const entry = createRequire(import.meta.url).resolve('decap-server');
	const child = spawn(process.execPath, [entry], {
		// decap-server reads a .env file from its working directory: give it none of ours.
		cwd: repoDir,
		env: { ...process.env, MODE: 'fs', BIND_HOST: '127.0.0.1', PORT: String(port), GIT_REPO_DIRECTORY: repoDir, LOG_LEVEL: 'warn' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	// Should this process end without stopping it, decap-server must not outlive it.
	const orphanGuard = () => child.kill();
	process.once('exit', orphanGuard);
	child.once('exit', () => process.off('exit', orphanGuard));
	child.stdout?.on('data', (chunk) => log(String(chunk).trim()));
	child.stderr?.on('data', (chunk) => log(String(chunk).trim()));
	const url = localProxyUrl(port);
	for (let waited = 0; waited < 15_000; waited += 100) {
		if (child.exitCode !== null) throw new Error(`decap-server exited with code ${child.exitCode}`);
		if (await answers(url)) return { url, stop: stopper(child) };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill();
	throw new Error(`decap-server did not answer at ${url}`);
}
