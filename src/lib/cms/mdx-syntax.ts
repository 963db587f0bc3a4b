/**
 * Bodies are Markdown (`.md`), never MDX: nothing in them runs, and asides are written `:::note`,
 * which needs no import. Text pasted from an MDX file would still look like code to an editor and
 * render as junk — an `import` line as a paragraph, `<Aside>` as an unknown element — so the CMS
 * refuses it with a message saying what to write instead. Braces are ordinary characters in
 * Markdown (a form may say “填写{姓名}”), so they are left alone.
 */

const ESM_LINE = /^\s*(import|export)\s/;
const COMPONENT_TAG = /<\/?([A-Z][\w.]*)[\s/>]/;
const FENCE = /^\s*(```|~~~)/;
const INLINE_CODE = /`[^`]*`/g;

/** Chinese messages, one per offending line, naming the line. */
export function findMdxSyntax(body: string): string[] {
	const findings: string[] = [];
	let inFence = false;
	for (const [index, line] of body.split('\n').entries()) {
		if (FENCE.test(line)) inFence = !inFence;
		if (inFence) continue;
		const text = line.replace(INLINE_CODE, '');
		const esm = ESM_LINE.exec(text);
		if (esm) {
			findings.push(`第 ${index + 1} 行以 ${esm[1]} 开头：正文是 Markdown，不能用 import/export 引入组件。提示框直接写作 :::note … :::`);
			continue;
		}
		const tag = COMPONENT_TAG.exec(text);
		if (tag) findings.push(`第 ${index + 1} 行有组件标签 <${tag[1]}>：正文是 Markdown，不能用 MDX 组件。提示框请写作 :::note … ::: 或 :::caution … :::`);
	}
	return findings;
}
