/**
 * The index worker (page-stream.ts): reads each page it is handed the way Pagefind would and
 * feeds the record to Pagefind, bundle by bundle; at the end writes the last bundle and the list
 * of bundles and reports.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runInBackground } from '../background-thread';
import { BundledIndex, bundleLimits } from './bundled-index';
import { extractIndexedPage } from './extract-indexed-page';
import type { FromIndexWorker, IndexWorkerData, ToIndexWorker } from './page-stream';
import { toSearchRecord } from './search-record';

// The index is needed only once the pages are built: the renderer and the build's other worker come first.
runInBackground();

const { root, pagesPerBundle, expected } = workerData as IndexWorkerData;
const index = new BundledIndex(root, bundleLimits(expected, pagesPerBundle));
const port = parentPort!;
const decoder = new TextDecoder();

port.on('message', (message: ToIndexWorker) => {
	if ('html' in message) {
		const page = extractIndexedPage(decoder.decode(message.html));
		if (page) index.add(toSearchRecord(page, message.url));
		return;
	}
	index.finish().then(
		(written) => port.postMessage({ written } satisfies FromIndexWorker),
		(error: unknown) => port.postMessage({ failed: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies FromIndexWorker),
	);
});
