/**
 * The Open Graph image of a page (1200×630 PNG): its title, what kind of page it is, the
 * organisations credited and the site's name. Satori lays the card out and turns its text into
 * paths with Noto Sans SC; resvg rasterises the SVG. Content is data: every string is a text node,
 * never markup.
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardFonts } from './cjk-font';

export const shareCardSize = { width: 1200, height: 630 } as const;

export interface ShareCard {
	title: string;
	/** What kind of page, e.g. 案例, 政策建议, 指引章节. */
	kind: string;
	/** Organisation names in credit order. */
	organisations: string[];
	siteName: string;
}

const accent = '#a8440f';

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const box = (style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** At most three names; the rest are counted, so a brief of twelve organisations still fits. */
export function organisationLine(names: string[]): string {
	if (names.length <= 3) return names.join('、');
	return `${names.slice(0, 3).join('、')} 等 ${names.length} 家机构`;
}

function titleSize(title: string): number {
	const length = [...title].length;
	return length <= 16 ? 72 : length <= 36 ? 60 : 48;
}

function layout(card: ShareCard, family: string): Node {
	const orgs = organisationLine(card.organisations);
	const inner = 1200 - 24 - 2 * 72;
	return box(
		{ width: 1200, height: 630, flexDirection: 'column', backgroundColor: '#fbf7f2', borderLeft: `24px solid ${accent}`, padding: '56px 72px', fontFamily: family, color: '#2b2118' },
		box({ width: inner, height: 56, justifyContent: 'space-between', alignItems: 'center' },
			box({ backgroundColor: accent, color: '#ffffff', fontSize: 30, fontWeight: 700, padding: '4px 22px', borderRadius: 8 }, card.kind),
			box({ fontSize: 28, color: accent, fontWeight: 700 }, card.siteName),
		),
		box({ width: inner, height: 330, marginTop: 40, alignItems: 'flex-start' },
			box({ width: inner, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.3, lineClamp: 3, display: 'block' }, card.title),
		),
		box({ width: inner, height: 92, alignItems: 'flex-end', borderTop: '2px solid #e4d6c8', fontSize: 30, color: '#5a4a3c' }, orgs),
	);
}

export async function renderShareCard(card: ShareCard): Promise<Buffer> {
	const text = [card.title, card.kind, organisationLine(card.organisations), card.siteName, '…等家机构'].join('');
	const { fonts, family } = cardFonts(text, [400, 700]);
	const svg = await satori(layout(card, family) as Parameters<typeof satori>[0], { ...shareCardSize, fonts });
	return new Resvg(svg, { fitTo: { mode: 'width', value: shareCardSize.width }, font: { loadSystemFonts: false } }).render().asPng();
}
