/**
 * The one language of our Pagefind index. Pagefind builds one index per language and, for `und`
 * (undetermined), neither stems words nor segments text: it splits on whitespace only, which is
 * what our token streams need. The browser must ask for the same language (load-pagefind.ts).
 */
export const INDEX_LANGUAGE = 'und';
