/**
 * Hands every page the build renders to the search index as it is rendered (page-stream.ts).
 * Outside a static build it only passes the response on.
 */
import { defineMiddleware } from 'astro:middleware';
import { contentPages } from '../model/entry-pages';
import { loadSite } from '../model/load';
import { pageStreamOpen, pageStreamStarted, startPageStream, streamPage } from './page-stream';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	if (!pageStreamOpen() || !response.body || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	// The bundles' size comes from the number of pages with content, which is about the number of searchable ones.
	if (!pageStreamStarted()) startPageStream(contentPages(await loadSite()).size);
	// Bytes, not text: decoding and encoding every page again cost the renderer ~2.5 s at N = 5,000.
	const html = new Uint8Array(await response.arrayBuffer());
	streamPage(context.url.pathname, html);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
