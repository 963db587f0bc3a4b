/**
 * What a page adds to Starlight's head so a link shared in a chat shows a preview: the card image
 * (with its size and a text alternative) for Open Graph and Twitter, and a title that names the
 * site once. Attribute values are escaped by Astro when Starlight renders the head.
 */
import type { PageCard } from './page-cards';
import { organisationLine, shareCardSize } from './share-card';

type HeadEntry = { tag: 'meta'; attrs: Record<string, string> };

export function shareCardHead(card: PageCard, site: URL): HeadEntry[] {
	const image = new URL(card.image, site).href;
	const orgs = organisationLine(card.card.organisations);
	const alt = [card.card.kind, card.card.title, orgs].filter(Boolean).join('：');
	const meta = (key: 'property' | 'name', name: string, content: string): HeadEntry => ({ tag: 'meta', attrs: { [key]: name, content } });
	return [
		meta('property', 'og:image', image),
		meta('property', 'og:image:type', 'image/png'),
		meta('property', 'og:image:width', String(shareCardSize.width)),
		meta('property', 'og:image:height', String(shareCardSize.height)),
		meta('property', 'og:image:alt', alt),
		meta('name', 'twitter:image', image),
		meta('name', 'twitter:image:alt', alt),
	];
}

/** Starlight titles a page "<title> | <site>"; the home page, titled as the site, would say it twice. */
export function documentTitle(pageTitle: string, headTitle: string, siteName: string): string {
	return pageTitle === siteName ? siteName : headTitle;
}
