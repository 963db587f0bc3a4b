/**
 * The backend Decap itself is using (decap-server, GitHub or GitLab), for reading what is stored.
 * Decap offers event handlers and widgets no public way to read other entries, so this takes its
 * store and its backend instance from decap-cms-core's own modules: the same instances its UI
 * uses, already logged in.
 */
import { store } from 'decap-cms-core/dist/esm/redux/index.js';
import { currentBackend, type DecapBackend } from 'decap-cms-core/dist/esm/backend.js';

export function decapBackend(): DecapBackend {
	return currentBackend(store.getState().config);
}
