/** The pages whose printed copy carries a QR code to itself (components/PrintQr.astro): cases and briefs. */
import type { SiteModel } from '../model/types';
import { routes } from '../routes';

export const printedPages = (site: SiteModel): string[] => [...site.cases.map((c) => routes.case(c.id)), ...site.briefs.map((b) => routes.brief(b.id))];
