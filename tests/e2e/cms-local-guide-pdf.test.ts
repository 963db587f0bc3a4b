/**
 * `npm start`'s site links to the guide's PDFs, so its builds must have them too (the local stack
 * of tools/lib/cms/local/, with the guide PDFs on as `npm start` has them, on a throwaway copy of
 * the starter corpus; the PDF is read back with pdf.js):
 *
 * - after the first build, the PDF the guide's pages link to is served, a real PDF;
 * - a save to a case rebuilds the site and keeps the PDF without printing it again;
 * - a save to a guide section reprints that edition, and the new PDF has the new sentence.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GuidePdfUpdate } from '../../tools/lib/cms/local/guide-pdfs';
import { pdfPageTexts } from '../../tools/lib/pdf/pdf-text';
import { eventually, startCmsOnCopy, type CmsOnCopy } from '../helpers/cms-local';

let cms: CmsOnCopy;
const updates: GuidePdfUpdate[] = [];
const failures: Error[] = [];

beforeAll(async () => {
	cms = await startCmsOnCopy({
		guidePdf: { onGuidePdf: (outcome) => (outcome.ok ? updates.push(outcome.update) : failures.push(outcome.error)) },
	});
	await cms.stack.guidePdfsSettled();
}, 600_000);

afterAll(async () => {
	// The figures README quotes: how long printing and copying took on this machine.
	console.log(updates.map((update) => `printed ${update.printed.join(', ') || '-'}; reused ${update.reused.join(', ') || '-'}; ${(update.ms / 1000).toFixed(1)} s`).join('\n'));
	await cms?.stop();
});

/** The PDF link on the current guide's first page, as a reader finds it. */
async function linkedPdf(): Promise<string> {
	const html = await cms.page('/guide/');
	const href = /href="(\/guide\/guide-[^"]+\.pdf)"/.exec(html)?.[1];
	if (!href) throw new Error('the guide page links to no PDF');
	return href;
}

async function fetchPdf(href: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
	const response = await fetch(new URL(href, cms.stack.siteUrl));
	return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('the guide PDF on npm start', { timeout: 600_000 }, () => {
	let firstPdf: Buffer;

	it('serves the PDF the guide links to after the first build', async () => {
		expect(failures).toEqual([]);
		expect(updates).toHaveLength(1);
		expect(updates[0]!.printed).toContain('/guide/print/');
		const pdf = await fetchPdf(await linkedPdf());
		expect(pdf.status).toBe(200);
		expect(pdf.type).toBe('application/pdf');
		expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect((await pdfPageTexts(pdf.bytes)).length).toBeGreaterThan(5);
		firstPdf = pdf.bytes;
	});

	it('keeps the PDF without printing it again when a case changes', async () => {
		appendFileSync(join(cms.contentDir, 'cases/bubugao-opera-class.md'), '\n这是本地测试新增的一句话。\n');
		await eventually(async () => expect(await cms.page('/cases/bubugao-opera-class/')).toContain('这是本地测试新增的一句话。'));
		await cms.stack.guidePdfsSettled();
		expect(failures).toEqual([]);
		const last = updates.at(-1)!;
		expect(updates.length).toBeGreaterThan(1);
		expect(last.printed).toEqual([]);
		expect(last.reused).toContain('/guide/print/');
		const pdf = await fetchPdf(await linkedPdf());
		expect(pdf.status).toBe(200);
		expect(pdf.bytes.equals(firstPdf)).toBe(true);
	});

	it('prints the edition again when one of its sections changes', async () => {
		const sentence = '入户记录的测试补充句：当天写完，交给接手的人。';
		appendFileSync(join(cms.contentDir, 'guide/2025/10-records.md'), `\n${sentence}\n`);
		await eventually(async () => expect(await cms.page('/guide/print/')).toContain(sentence));
		await cms.stack.guidePdfsSettled();
		expect(failures).toEqual([]);
		expect(updates.at(-1)!.printed).toContain('/guide/print/');
		const pdf = await fetchPdf(await linkedPdf());
		expect(pdf.status).toBe(200);
		expect(squash((await pdfPageTexts(pdf.bytes)).join(''))).toContain(squash(sentence));
	});
});
