/**
 * A QR code to a page's absolute URL, as inline SVG made at build: printed briefs and cases carry
 * it so a reader with WeChat can scan from paper to the page. Error correction M survives a
 * photocopy; a quiet zone of 4 modules is what scanners expect (ISO/IEC 18004).
 */
import QRCode from 'qrcode';

export async function pageQrSvg(path: string, siteUrl: URL): Promise<{ url: string; svg: string }> {
	const url = new URL(path, siteUrl).href;
	const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
	// The URL is built from a slug the schema restricts to [a-z0-9-], and qrcode writes only paths.
	return { url, svg: svg.replace('<svg ', '<svg role="img" aria-label="本页网址的二维码" ') };
}
