/**
 * Debian's Chromium, headless, through playwright-core, with a throwaway profile so every launch
 * starts with an empty cache (a first search downloads everything).
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
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
