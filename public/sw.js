// Gongjian's service worker: the guide in a stairwell with no signal.
// - Pages are fetched from the network first and kept as they are visited; with no network (or
//   none within a few seconds) the kept copy is served with a notice that it is an offline copy
//   and when it was saved: a stale page is never shown as current.
// - 「离线保存」 on /guide/ asks this worker to download the pack listed in /offline-pack.json (the
//   current guide, the curriculum, the glossary, the tools' pages, and a search index of those
//   pages only, /pagefind-offline/) in one go. Offline, the search page's requests for /pagefind/
//   are answered from that index, so the pack does not grow with the number of cases.
// - Only this site's own files; nothing is sent anywhere, /admin is never touched.
// A file in public/, not bundled: a worker must be served from the scope it controls.

const VISITED = 'gj-visited-v1';
const PACK_PREFIX = 'gj-pack:';
const PACK_FILE = '/offline-pack.json';
const SAVED_AT = 'x-gj-saved-at';
const NETWORK_TIMEOUT_MS = 6000;
const SEARCH_INDEX = '/pagefind/';
const PACK_SEARCH_INDEX = '/pagefind-offline/';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== self.location.origin) return;
	if (url.pathname.startsWith('/admin') || url.pathname === PACK_FILE || url.pathname === '/sw.js') return;
	if (request.mode === 'navigate') event.respondWith(page(request, url));
	else if (url.pathname.startsWith('/_astro/')) event.respondWith(hashedFile(request));
	else if (url.pathname.startsWith(SEARCH_INDEX)) event.respondWith(searchFile(request, url));
	else event.respondWith(file(request));
});

self.addEventListener('message', (event) => {
	if (event.data?.type === 'save-pack') event.waitUntil(savePack(event.ports[0]));
	if (event.data?.type === 'remove-pack') event.waitUntil(removePacks().then(() => event.ports[0]?.postMessage({ done: true })));
});

/**
 * The network's answer, or — when the network fails or is silent for NETWORK_TIMEOUT_MS — the kept
 * copy if there is one. With no kept copy a slow network is waited for, never given up on.
 */
async function networkOrKept(request, key, matchOptions) {
	const network = fetch(request);
	let timer;
	const silence = new Promise((resolve) => (timer = setTimeout(() => resolve('silent'), NETWORK_TIMEOUT_MS)));
	try {
		const first = await Promise.race([network, silence]);
		if (first !== 'silent') return { response: first };
	} catch (error) {
		const kept = await caches.match(key, matchOptions);
		if (kept) return { kept };
		throw error;
	} finally {
		clearTimeout(timer);
	}
	const kept = await caches.match(key, matchOptions);
	return kept ? { kept } : { response: await network };
}

/** Visited pages and files are kept up to this many; the oldest go first (the pack is not counted). */
const VISITED_LIMIT = 400;

async function keep(key, response) {
	const cache = await caches.open(VISITED);
	await cache.put(key, response);
	const keys = await cache.keys();
	for (const old of keys.slice(0, Math.max(0, keys.length - VISITED_LIMIT))) await cache.delete(old);
}

/** A copy of a response that records when it was saved. */
async function stamped(response) {
	const headers = new Headers(response.headers);
	headers.set(SAVED_AT, new Date().toISOString());
	return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** Pages are kept by path: /search/?q=… is the same page as /search/. */
const pageKey = (url) => url.origin + url.pathname;

async function page(request, url) {
	let result;
	try {
		result = await networkOrKept(request, pageKey(url));
	} catch {
		return notSaved(url);
	}
	if (result.kept) return markedOffline(result.kept);
	const response = result.response;
	if (response.ok && (response.headers.get('content-type') || '').includes('text/html')) await keep(pageKey(url), await stamped(response.clone()));
	return response;
}

function escapeHtml(text) {
	return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

function savedDate(response) {
	const saved = response.headers.get(SAVED_AT);
	if (!saved) return '之前';
	const d = new Date(saved);
	const pad = (n) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The kept page, saying at the top of its body that it is an offline copy and from when. */
async function markedOffline(response) {
	const html = await response.text();
	const notice = `<div class="gj-offline-copy" role="status" data-offline-copy>离线副本：这是 ${escapeHtml(savedDate(response))} 保存在本机的页面。现在网络连不上或太慢，内容可能不是最新的。</div>`;
	const body = html.replace(/<body([^>]*)>/, (tag) => `${tag}${notice}`);
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	return new Response(body, { status: 200, headers });
}

function notSaved(url) {
	const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>没有网络 · 共建</title></head>
<body style="font: 1.125rem/1.8 sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
<h1>没有网络</h1>
<p data-offline-missing>现在连不上网络，这个页面（${escapeHtml(decodeURI(url.pathname))}）也没有保存在本机。</p>
<p>在“入户工作指引”首页点「离线保存」后，现行指引、学习小组课程、术语表和工具页面可以离线阅读；看过的页面也会自动保存。</p>
<ul><li><a href="/guide/">入户工作指引</a></li><li><a href="/learn/">新同事入门</a></li><li><a href="/glossary/">术语表</a></li><li><a href="/tools/">工具模板</a></li></ul>
</body></html>`;
	return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** Scripts and styles under /_astro/ have their content hash in the name: a kept copy is current. */
async function hashedFile(request) {
	const kept = await caches.match(request);
	if (kept) return kept;
	const response = await fetch(request);
	if (response.ok) await keep(request, response.clone());
	return response;
}

/**
 * The site-wide index from the network; without one, the pack's own index of its pages in its
 * place. Never kept from visits: its files name each other by hash, so a mix of visited files of
 * the site-wide index and the pack's would find nothing. A file of the site-wide index asked for
 * while the pack's answers (the network dropped mid-search) is not in the pack: then the network
 * is waited for. A file of the pack's index asked for of a slow network that answered late is not
 * on the server (its name is the pack's hash): the pack has it.
 */
async function searchFile(request, url) {
	const network = fetch(request);
	let timer;
	const silence = new Promise((resolve) => (timer = setTimeout(() => resolve('silent'), NETWORK_TIMEOUT_MS)));
	const packed = () => caches.match(self.location.origin + PACK_SEARCH_INDEX + url.pathname.slice(SEARCH_INDEX.length), { ignoreSearch: true });
	try {
		const first = await Promise.race([network, silence]);
		if (first !== 'silent') return first.ok ? first : ((await packed()) ?? first);
	} catch (error) {
		const kept = await packed();
		if (kept) return kept;
		throw error;
	} finally {
		clearTimeout(timer);
	}
	return (await packed()) ?? network;
}

/** Other files (icons, the manifest, the editions list); kept copies match without a query. */
async function file(request) {
	const result = await networkOrKept(request, request, { ignoreSearch: true });
	if (result.kept) return result.kept;
	if (result.response.ok) await keep(request, result.response.clone());
	return result.response;
}

async function removePacks(except) {
	for (const name of await caches.keys()) if (name.startsWith(PACK_PREFIX) && name !== except) await caches.delete(name);
}

/** Downloads the whole pack into a new cache, then drops the old one: a failed download keeps the old pack. */
async function savePack(port) {
	const report = (message) => port?.postMessage(message);
	try {
		const listing = await fetch(PACK_FILE, { cache: 'no-store' });
		if (!listing.ok) throw new Error(`${PACK_FILE}: ${listing.status}`);
		const pack = await listing.clone().json();
		const name = PACK_PREFIX + pack.version;
		const cache = await caches.open(name);
		let done = 0;
		for (const path of pack.urls) {
			const response = await fetch(path, { cache: 'no-store' });
			if (!response.ok) throw new Error(`${path}: ${response.status}`);
			await cache.put(path.endsWith('/') ? self.location.origin + path : path, await stamped(response));
			report({ progress: ++done, total: pack.urls.length });
		}
		await cache.put(PACK_FILE, await stamped(listing));
		await removePacks(name);
		report({ done: true, version: pack.version });
	} catch (error) {
		report({ error: String(error && error.message ? error.message : error) });
	}
}
