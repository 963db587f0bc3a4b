/**
 * `npm run pdf [dist]`: after `astro build`, writes dist/guide/guide-<edition>.pdf for every
 * edition of the guide from its print page (see tools/lib/pdf/guide-pdf.ts). `npm run build` runs it.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { launchChromium } from '../src/lib/browser/chromium';
import { writeGuidePdf } from '../tools/lib/pdf/guide-pdf';
import { guidePrintPaths } from '../tools/lib/pdf/print-paths';

const siteDir = resolve(process.argv[2] ?? 'dist');
const guideDir = join(siteDir, 'guide');
if (!existsSync(guideDir)) {
	console.error(`没有找到构建好的指引（${relative(process.cwd(), guideDir)}）：请先运行 astro build。`);
	process.exit(1);
}
const printPaths = guidePrintPaths(siteDir);

const started = Date.now();
const browser = await launchChromium({ serviceWorkers: 'block' });
try {
	for (const printPath of printPaths) {
		const pdf = await writeGuidePdf({ siteDir, printPath, browser });
		console.log(`指引 PDF：${relative(process.cwd(), pdf.file)}（${pdf.pages} 页，${(pdf.bytes / 1024).toFixed(0)} KB）`);
	}
} finally {
	await browser.close();
}
console.log(`PDF 完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`);
