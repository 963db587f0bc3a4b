/** citeproc-js ships no types; these are the calls src/lib/cite uses. */
declare module 'citeproc' {
	const CSL: {
		Engine: new (
			sys: { retrieveLocale: (lang: string) => unknown; retrieveItem: (id: string) => unknown },
			style: unknown,
			lang?: string,
			forceLang?: boolean,
		) => {
			setOutputFormat(format: 'text' | 'html'): void;
			updateItems(ids: string[]): void;
			makeBibliography(): [unknown, string[]] | false;
		};
	};
	export default CSL;
}
