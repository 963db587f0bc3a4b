/**
 * Breaks a card's text into lines as a browser would for Chinese: between any two Han characters,
 * at spaces, never inside a Latin word or number (unless it is wider than the line), never
 * starting a line with closing punctuation or ending one with opening punctuation. Past the last
 * line allowed, the text is cut and ends with an ellipsis.
 */

const WORD = /[\p{Script=Latin}\p{Nd}_'’\-.,:/%&@#+]/u;
const NO_LINE_START = /[，。、：；！？）】」』》〉”’…—·%,.;:!?)\]}]/u;
const NO_LINE_END = /[（【「『《〈“‘([{]/u;
export const ELLIPSIS = '…';

/** The pieces no line break may fall inside. */
export function breakUnits(text: string): string[] {
	const units: string[] = [];
	let openers = '';
	for (const char of text) {
		const last = units.length - 1;
		if (openers) {
			openers += char;
			if (!NO_LINE_END.test(char)) {
				units.push(openers);
				openers = '';
			}
		} else if (last >= 0 && (NO_LINE_START.test(char) || (WORD.test(char) && WORD.test(units[last].at(-1)!) && char !== ' '))) {
			units[last] += char;
		} else if (NO_LINE_END.test(char)) {
			openers = char;
		} else {
			units.push(char);
		}
	}
	if (openers) units.push(openers);
	return units;
}

export function lineWidth(text: string, advance: (char: string) => number): number {
	let width = 0;
	for (const char of text) width += advance(char);
	return width;
}

export function wrapLines(text: string, advance: (char: string) => number, maxWidth: number, maxLines: number): string[] {
	const lines: string[] = [];
	let line = '';
	const push = () => {
		lines.push(line.trimEnd());
		line = '';
	};
	for (const unit of breakUnits(text)) {
		if (!line && unit === ' ') continue;
		if (lineWidth(line + unit, advance) <= maxWidth) {
			line += unit;
			continue;
		}
		if (line.trim()) push();
		if (unit === ' ') continue;
		// A unit wider than a line (a long URL or number) is broken between its characters.
		for (const char of unit) {
			if (line && lineWidth(line + char, advance) > maxWidth) push();
			line += char;
		}
	}
	if (line.trim()) push();
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	let last = [...kept[maxLines - 1]];
	while (last.length && lineWidth(last.join('') + ELLIPSIS, advance) > maxWidth) last.pop();
	kept[maxLines - 1] = last.join('').trimEnd() + ELLIPSIS;
	return kept;
}
