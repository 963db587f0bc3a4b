/**
 * Headless Chromium driven by playwright-core, for the browser tests and the benchmarks: no
 * sandbox (CI runs as root), no background network traffic (only the npm registry and apt are
 * reachable here), and a fresh profile for every launch, so each starts with an empty cache.
 * Which binary is used is decided in `chromium-executable.ts`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromiumExecutable, type ChromiumExecutable } from './chromium-executable';

export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface Chromium {
	context: BrowserContext;
	executable: ChromiumExecutable;
	close(): Promise<void>;
}

export interface LaunchOptions {
	/** 'block' keeps the site's service worker out, so request routing sees every request (the PDF step). */
	serviceWorkers?: 'allow' | 'block';
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Chromium> {
	const executable = await findChromiumExecutable();
	const profile = mkdtempSync(join(tmpdir(), 'gongjian-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: executable.path,
		headless: true,
		args: CHROMIUM_FLAGS,
		viewport: { width: 1400, height: 1000 },
		locale: 'zh-CN',
		serviceWorkers: options.serviceWorkers ?? 'allow',
	});
	return {
		context,
		executable,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
