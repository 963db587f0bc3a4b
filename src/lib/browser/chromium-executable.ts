/**
 * Which Chromium the tests and benchmarks drive. In order: `CHROMIUM_PATH`; Debian's
 * `/usr/bin/chromium` (what `.ci/run` installs); else the Chromium that `@sparticuz/chromium`
 * ships inside its npm package, unpacked into the temp folder on first use. The last one makes
 * `npm install && npm test` pass on a bare machine, where no browser may be downloaded.
 * `GONGJIAN_BUNDLED_CHROMIUM=1` skips the system browser, so both paths can be tested on one machine.
 */
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export type ChromiumSource = 'env' | 'system' | 'bundled';

export interface ChromiumExecutable {
	path: string;
	source: ChromiumSource;
}

export async function findChromiumExecutable(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumExecutable> {
	if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH, source: 'env' };
	if (env.GONGJIAN_BUNDLED_CHROMIUM !== '1' && existsSync(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
	const { default: bundled } = await import('@sparticuz/chromium');
	return { path: await bundled.executablePath(), source: 'bundled' };
}
