/** Citation.js ships no types; the tests only construct a Cite and read its CSL-JSON data. */
declare module '@citation-js/core' {
	export class Cite {
		constructor(input: string);
		data: unknown[];
	}
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
