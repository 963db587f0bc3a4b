/**
 * The CMS on a throwaway copy of the content (startCmsOnCopy) and Chromium, started together,
 * with one page logged in to the admin: what every test of the editor's view starts from.
 */
import type { Page } from 'playwright-core';
import { launchChromium, type Chromium } from '../../src/lib/browser/chromium';
import { login } from './cms-editor';
import { startCmsOnCopy, type CmsOnCopy, type CopyOptions } from './cms-local';

export interface CmsSession {
	cms: CmsOnCopy;
	browser: Chromium;
	/** Logged in to the admin. */
	page: Page;
	close(): Promise<void>;
}

export async function cmsSession(options?: CopyOptions): Promise<CmsSession> {
	const [cms, browser] = await Promise.all([startCmsOnCopy(options), launchChromium()]);
	const close = async () => {
		await browser.close();
		await cms.stop();
	};
	try {
		const page = await browser.context.newPage();
		await login(page, cms.stack.adminUrl);
		return { cms, browser, page, close };
	} catch (error) {
		await close();
		throw error;
	}
}
