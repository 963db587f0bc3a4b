/**
 * The per-page computations a build can do beside its main thread: pure functions of plain data,
 * so a worker thread computes exactly what the page would (aside-worker.ts), and a page computes
 * the same value itself whenever the worker has not (aside.ts).
 */
import { formatGbt7714 } from '../cite/format-gbt7714';
import type { CslItem } from '../cite/csl-item';
import { bodyLength } from '../diff/file-diff';
import { qrSvg } from '../print/page-qr';

export const asideWork = {
	/** A citable page's reference in GB/T 7714-2015, keyed by its cite key. */
	gbt7714: (item: CslItem) => formatGbt7714(item),
	/** The printed QR code of an absolute URL, keyed by the URL. */
	qr: (url: string) => qrSvg(url),
	/** Characters of a created file's body, keyed by `createdFileKey`. */
	bodyLength: ({ path, text }: { path: string; text: string }) => bodyLength(path, text),
};

export type AsideKind = keyof typeof asideWork;
export type AsideInput<K extends AsideKind> = Parameters<(typeof asideWork)[K]>[0];
export type AsideOutput<K extends AsideKind> = Awaited<ReturnType<(typeof asideWork)[K]>>;

export type AsideJob = { [K in AsideKind]: { kind: K; key: string; input: AsideInput<K> } }[AsideKind];

/** The key of a file's text as one commit created it. */
export const createdFileKey = (path: string, commitHash: string) => `${path}@${commitHash}`;
