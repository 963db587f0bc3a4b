/** The three downloads of a page's reference, each with the format name the 引用 panel shows. */
import { routes } from '../routes';
import { toBibtex } from './bibtex';
import type { CslItem } from './csl-item';
import { toRis } from './ris';

export const CITE_FORMATS = [
	{ format: 'bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', write: toBibtex },
	{ format: 'ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', write: toRis },
	{ format: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: (item: CslItem) => `${JSON.stringify([item], null, 2)}\n` },
] as const;

export type CiteFormat = (typeof CITE_FORMATS)[number]['format'];

export const citeDownloads = (key: string) => CITE_FORMATS.map(({ format, label }) => ({ label, href: routes.citeFile(key, format) }));
