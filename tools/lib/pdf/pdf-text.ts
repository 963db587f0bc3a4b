/** The text of each page of a PDF, with pdf.js (Mozilla's), for the PDF step and its tests. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfPageTexts(data: Uint8Array): Promise<string[]> {
	const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const content = await (await document.getPage(number)).getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
				.join('')
				.trim(),
		);
	}
	await document.destroy();
	return pages;
}
