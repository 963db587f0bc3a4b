/**
 * Local editing needs decap-server, which `npm start` runs. If it is not there, Decap would only
 * show a cryptic backend error; this asks it directly, the way Decap's own local-backend detection
 * does, so the page can say what to do instead.
 */
import { LOCAL_BACKEND } from '../config/backend-config';
import type { CmsConfig } from '../config/types';

export async function localServerMissing(config: CmsConfig): Promise<boolean> {
	const url = config.backend.name === LOCAL_BACKEND ? String(config.backend.proxy_url) : undefined;
	if (!url) return false;
	try {
		const response = await fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({ action: 'info' }),
			signal: AbortSignal.timeout(5000),
		});
		return !response.ok;
	} catch {
		return true;
	}
}
