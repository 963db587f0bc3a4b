/**
 * The page's side of the offline pack: the listing saved with the reader's offline copy, the
 * current one from the site, and asking the service worker to save (or drop) the pack.
 */
import type { OfflinePack } from './write-pack';

const PACK_FILE = '/offline-pack.json';
const PACK_PREFIX = 'gj-pack:';

export async function savedPackListing(): Promise<OfflinePack | undefined> {
	if (!('caches' in window)) return undefined;
	for (const name of await caches.keys()) {
		if (!name.startsWith(PACK_PREFIX)) continue;
		const saved = await (await caches.open(name)).match(PACK_FILE);
		if (saved) return (await saved.json()) as OfflinePack;
	}
	return undefined;
}

export async function currentPackListing(): Promise<OfflinePack | undefined> {
	try {
		const response = await fetch(PACK_FILE, { cache: 'no-store' });
		return response.ok ? ((await response.json()) as OfflinePack) : undefined;
	} catch {
		return undefined;
	}
}

type SaveResult = { ok: true } | { ok: false; error: string };

async function askWorker(type: string, onProgress: (done: number, total: number) => void = () => {}): Promise<SaveResult> {
	const registration = await navigator.serviceWorker.ready;
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = ({ data }) => {
			if (data.progress) onProgress(data.progress, data.total);
			if (data.done) resolve({ ok: true });
			if (data.error) resolve({ ok: false, error: data.error });
		};
		registration.active!.postMessage({ type }, [channel.port2]);
	});
}

export async function savePack(onProgress: (done: number, total: number) => void): Promise<SaveResult> {
	// Ask the browser not to evict the pack under storage pressure; it may say no, which is fine.
	await navigator.storage?.persist?.().catch(() => false);
	return askWorker('save-pack', onProgress);
}

export const removePack = () => askWorker('remove-pack');
