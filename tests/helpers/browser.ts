/**
 * Debian's Chromium, driven by playwright-core, for browser tests: headless, no sandbox, nothing
 * fetched from the network but what the page asks for, and a fresh profile every time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export interface TestBrowser {
	context: BrowserContext;
	close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
	const profile = mkdtempSync(join(tmpdir(), 'gongjian-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
		viewport: { width: 1400, height: 1000 },
		locale: 'zh-CN',
	});
	return {
		context,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
