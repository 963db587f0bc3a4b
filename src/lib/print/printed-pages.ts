/** The pages whose printed copy carries a QR code to itself: the entries of every collection the registry marks `printQr`. */
import { entryPages } from '../model/entry-pages';
import type { SiteModel } from '../model/types';

export const printedPages = (site: SiteModel): string[] => [...entryPages(site).values()].filter((page) => page.collection.printQr).map((page) => page.url);
