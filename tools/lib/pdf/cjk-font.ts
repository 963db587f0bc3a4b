/**
 * Chinese glyphs for the PDF. Debian's Chromium may have no CJK font at all (the guide then
 * prints as boxes), so the PDF step serves Noto Sans SC from the npm package @fontsource/noto-sans-sc
 * to the page it prints: the package splits the font into ~100 unicode-range files, so Chromium
 * fetches only the files covering the characters used, and embeds only the glyphs used in the PDF.
 * Nothing is loaded from a CDN, and the site itself never loads the font (readers' devices have
 * Chinese fonts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_ROUTE = '/__gongjian-pdf-fonts/';
export const FONT_FAMILY = 'Noto Sans SC';

const packageDir = () => dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));

/** The @font-face rules for regular and bold, pointing at FONT_ROUTE. */
export function cjkFontCss(): string {
	return ['400', '700']
		.map((weight) => readFileSync(join(packageDir(), `${weight}.css`), 'utf-8'))
		.join('\n')
		.replaceAll('url(./files/', `url(${FONT_ROUTE}`);
}

/** The font file a FONT_ROUTE request names, or undefined for anything else. */
export function cjkFontFile(pathname: string): string | undefined {
	if (!pathname.startsWith(FONT_ROUTE)) return undefined;
	const name = pathname.slice(FONT_ROUTE.length);
	return /^[\w-]+\.woff2?$/.test(name) ? join(packageDir(), 'files', name) : undefined;
}
