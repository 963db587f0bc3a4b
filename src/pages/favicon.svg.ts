/** The favicon Starlight links (/favicon.svg): the app icon, so the tab, the home screen and the manifest agree. */
import iconSvg from '../../public/icons/icon.svg?raw';

export function GET() {
	return new Response(iconSvg, { headers: { 'Content-Type': 'image/svg+xml' } });
}
