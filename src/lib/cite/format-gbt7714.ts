/** A page's reference in GB/T 7714-2015, formatted by citeproc-js with the standard's CSL style. */
import CSL from 'citeproc';
import type { CslItem } from './csl-item';
import { gbt7714 } from './gbt7714-style';

export function formatGbt7714(item: CslItem): string {
	const { style, locale } = gbt7714();
	const sys = { retrieveLocale: () => locale, retrieveItem: (id: string) => (id === item.id ? item : undefined) };
	const engine = new CSL.Engine(sys, style, 'zh-CN', true);
	engine.setOutputFormat('text');
	engine.updateItems([item.id]);
	const [, entries] = engine.makeBibliography() as [unknown, string[]];
	// The numeric style numbers the list ("[1] "); a single page's reference stands alone.
	return entries[0].trim().replace(/^\[\d+\]\s*/, '');
}
