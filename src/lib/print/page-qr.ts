/**
 * A QR code to a page's absolute URL, as inline SVG made at build: printed briefs and cases carry
 * it so a reader with WeChat can scan from paper to the page. Error correction M survives a
 * photocopy; a quiet zone of 4 modules is what scanners expect (ISO/IEC 18004).
 */
import QRCode from 'qrcode';

/** The SVG of `url`'s QR code. */
export async function qrSvg(url: string): Promise<string> {
	const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
	// The URL is built from a slug the schema restricts to [a-z0-9-], and qrcode writes only paths.
	return svg.replace('<svg ', '<svg role="img" aria-label="本页网址的二维码" ');
}
