/** Parses built HTML so tests can query it like a browser would. */
import { parseHTML } from 'linkedom';

export function dom(html: string) {
	return parseHTML(html).document;
}

/** Visible text of the first element matching a selector, whitespace collapsed. */
export function textOf(html: string, selector: string): string {
	const element = dom(html).querySelector(selector);
	if (!element) throw new Error(`No element matches ${selector}`);
	return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function hrefs(html: string, selector = 'a'): string[] {
	return [...dom(html).querySelectorAll(selector)].map((a) => a.getAttribute('href') ?? '');
}
