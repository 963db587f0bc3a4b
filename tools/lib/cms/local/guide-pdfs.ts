/**
 * The guide's PDFs for the local site of `npm start`. Printing them takes about a minute and a
 * half for the starter guide's two editions on a busy 2-core machine, far longer than the site's
 * rebuild, so each build gets them this way: an edition whose print page came out byte for byte
 * as the one last printed gets the PDF printed then (and its page numbers in the print page's
 * contents); any other is printed again. A save to a case therefore costs nothing, and a save to
 * the guide (or a commit, which changes the print page's colophon) reprints that edition.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, type Chromium } from '../../../../src/lib/browser/chromium';
import { writeGuidePdf, writeTocPages } from '../../pdf/guide-pdf';
import { guidePrintPaths } from '../../pdf/print-paths';

export interface GuidePdfUpdate {
	/** Print pages printed afresh for this build. */
	printed: string[];
	/** Print pages whose earlier PDF was unchanged and copied in. */
	reused: string[];
	/** How long the update took. */
	ms: number;
}

interface Printed {
	/** Hash of the print page as built, before the page numbers are written into it. */
	hash: string;
	edition: string;
	/** The PDF kept outside the build folders, which are removed a while after being replaced. */
	kept: string;
	chapterPages: Record<string, number>;
}

export interface GuidePdfKeeper {
	/** Gives a freshly built site its PDFs. */
	update(siteDir: string): Promise<GuidePdfUpdate>;
	/** Stops a print under way (its update then fails) and frees the browser. */
	stop(): Promise<void>;
}

const hashFile = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export function guidePdfKeeper({ keepDir }: { keepDir: string }): GuidePdfKeeper {
	mkdirSync(keepDir, { recursive: true });
	const printed = new Map<string, Printed>();
	let browser: Chromium | undefined;
	let stopped = false;

	async function update(siteDir: string): Promise<GuidePdfUpdate> {
		const started = Date.now();
		const result: GuidePdfUpdate = { printed: [], reused: [], ms: 0 };
		for (const printPath of guidePrintPaths(siteDir)) {
			const page = join(siteDir, printPath, 'index.html');
			const hash = hashFile(page);
			const before = printed.get(printPath);
			if (before?.hash === hash) {
				copyFileSync(before.kept, join(siteDir, 'guide', `guide-${before.edition}.pdf`));
				writeTocPages(page, before.chapterPages);
				result.reused.push(printPath);
				continue;
			}
			if (stopped) throw new Error('guide PDFs stopped');
			browser ??= await launchChromium({ serviceWorkers: 'block' });
			const pdf = await writeGuidePdf({ siteDir, printPath, browser });
			const kept = join(keepDir, `guide-${pdf.edition}-${hash.slice(0, 12)}.pdf`);
			copyFileSync(pdf.file, kept);
			printed.set(printPath, { hash, edition: pdf.edition, kept, chapterPages: pdf.chapterPages });
			if (before && ![...printed.values()].some((entry) => entry.kept === before.kept)) rmSync(before.kept, { force: true });
			result.printed.push(printPath);
		}
		result.ms = Date.now() - started;
		return result;
	}

	async function stop() {
		stopped = true;
		const open = browser;
		browser = undefined;
		await open?.close();
	}

	return { update, stop };
}
