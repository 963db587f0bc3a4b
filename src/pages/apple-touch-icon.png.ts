/**
 * The touch icon iOS puts on the home screen and chat apps show beside a link: the app icon at
 * 180×180 on an opaque ground (iOS draws transparent corners black and rounds them itself).
 */
import { Resvg } from '@resvg/resvg-js';
import iconSvg from '../../public/icons/icon.svg?raw';
import { touchIconSize } from '../lib/share/touch-icon';

export function GET() {
	const png = new Resvg(iconSvg, { fitTo: { mode: 'width', value: touchIconSize }, background: '#a8440f', font: { loadSystemFonts: false } }).render().asPng();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
