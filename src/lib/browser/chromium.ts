/**
 * Debian's Chromium (/usr/bin/chromium), headless, driven by playwright-core, for the browser
 * tests and the benchmarks: no sandbox (CI runs as root), no background network traffic (only the
 * npm registry and apt are reachable here), and a fresh profile for every launch, so each starts
 * with an empty cache.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export interface Chromium {
	context: BrowserContext;
	close(): Promise<void>;
}

export async function launchChromium(): Promise<Chromium> {
	const profile = mkdtempSync(join(tmpdir(), 'gongjian-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		headless: true,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
		viewport: { width: 1400, height: 1000 },
		locale: 'zh-CN',
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
