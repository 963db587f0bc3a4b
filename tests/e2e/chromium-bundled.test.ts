/**
 * `npm test` on a bare machine: with no system Chromium, the browser tests fall back to the one
 * `@sparticuz/chromium` ships inside its npm package. Here the system browser is hidden
 * (CHROMIUM_PATH unset, GONGJIAN_BUNDLED_CHROMIUM=1) and the bundled one must launch and render.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { SYSTEM_CHROMIUM, findChromiumExecutable } from '../../src/lib/browser/chromium-executable';

const saved = { path: process.env.CHROMIUM_PATH, bundled: process.env.GONGJIAN_BUNDLED_CHROMIUM };
let browser: Chromium;

beforeAll(async () => {
	delete process.env.CHROMIUM_PATH;
	process.env.GONGJIAN_BUNDLED_CHROMIUM = '1';
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	if (saved.path === undefined) delete process.env.CHROMIUM_PATH;
	else process.env.CHROMIUM_PATH = saved.path;
	if (saved.bundled === undefined) delete process.env.GONGJIAN_BUNDLED_CHROMIUM;
	else process.env.GONGJIAN_BUNDLED_CHROMIUM = saved.bundled;
});

describe('Chromium without a system browser', () => {
	it('launches the Chromium shipped in the npm package', async () => {
		expect(browser.executable.source).toBe('bundled');
		expect(browser.executable.path).not.toBe(SYSTEM_CHROMIUM);
		const page = await browser.context.newPage();
		await page.setContent('<main><h1>共建</h1><button onclick="this.textContent = \'已点击\'">点击</button></main>');
		await page.getByRole('button', { name: '点击' }).click();
		expect(await page.locator('main').innerText()).toBe('共建\n已点击');
		expect(browser.context.browser()?.version()).toMatch(/^\d+\./);
	});

	it('prefers CHROMIUM_PATH, then the system browser', async () => {
		expect(await findChromiumExecutable({ CHROMIUM_PATH: '/opt/x/chrome' })).toEqual({ path: '/opt/x/chrome', source: 'env' });
		const systemOrBundled = await findChromiumExecutable({});
		expect(['system', 'bundled']).toContain(systemOrBundled.source);
	});
});
