/**
 * Worker thread entry: checks a content folder beside the build's main thread
 * (src/lib/content/check-aside.ts) and posts back its problems. Only the problems cross over:
 * the entries the check read stay here, since the loaders read the files again on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from './check';

const { root, publicDir } = workerData as { root: string; publicDir: string };
parentPort!.postMessage(checkContent(root, publicDir).problems);
