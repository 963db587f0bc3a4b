/**
 * Reads the QR code the build inlines as SVG: rasterises the `qrcode` package's path (rows of
 * horizontal runs, "M x y h n m dx dy h n …") into pixels and decodes them with jsQR, a decoder
 * independent of the encoder.
 */
import jsQR from 'jsqr';

export function decodeQrSvg(svg: string): string | undefined {
	const size = Number(svg.match(/viewBox="0 0 (\d+) \1"/)?.[1]);
	const path = svg.match(/<path[^>]*stroke="#000000"[^>]*d="([^"]+)"/)?.[1] ?? svg.match(/d="([^"]+)"[^>]*stroke="#000000"/)?.[1];
	if (!size || !path) throw new Error('Not a qrcode SVG');
	const dark = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
	let x = 0;
	let y = 0;
	for (const [, command, args] of path.matchAll(/([MmHh])([^MmHh]*)/g)) {
		const numbers = args.trim().split(/[\s,]+/).filter(Boolean).map(Number);
		if (command === 'M') [x, y] = numbers;
		else if (command === 'm') (x += numbers[0]), (y += numbers[1]);
		else {
			const end = command === 'h' ? x + numbers[0] : numbers[0];
			for (let column = x; column < end; column++) dark[Math.floor(y)][column] = true;
			x = end;
		}
	}
	const scale = 4;
	const width = size * scale;
	const pixels = new Uint8ClampedArray(width * width * 4);
	for (let row = 0; row < width; row++) {
		for (let column = 0; column < width; column++) {
			const value = dark[Math.floor(row / scale)][Math.floor(column / scale)] ? 0 : 255;
			pixels.set([value, value, value, 255], (row * width + column) * 4);
		}
	}
	return jsQR(pixels, width, width)?.data;
}
