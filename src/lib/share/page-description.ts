/**
 * A description for a page whose file gives none (content/pages: 页面说明 is optional): the first
 * paragraph of its text, cut after a sentence near 100 characters, so a shared link says what the
 * page is about rather than repeating the site's description.
 */

const MAX = 100;

function plainText(markdown: string): string {
	return markdown
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`~]+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

export function descriptionFromBody(markdown: string | undefined): string | undefined {
	const paragraph = (markdown ?? '')
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.find((block) => block && !/^(#|:::|import |export |<|[-*+] |\d+\. |\||>)/.test(block));
	if (!paragraph) return undefined;
	const text = plainText(paragraph);
	if ([...text].length <= MAX) return text;
	const cut = [...text].slice(0, MAX).join('');
	const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'), cut.lastIndexOf('！'), cut.lastIndexOf('？'));
	return end > 20 ? cut.slice(0, end + 1) : `${cut}…`;
}
