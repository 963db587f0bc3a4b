/**
 * The two script tags of /admin, as HTML strings: the setup JSON and the prebuilt CMS bundle.
 * Kept out of the .astro source because Vite's dependency scanner reads every script tag it finds
 * there as a module to bundle, and neither of these is one.
 */
import { ADMIN_ASSETS, ADMIN_ENTRY } from '../integrations/admin-bundle';

export function adminScripts(setup: unknown): string {
	// JSON inside <script>: a "</script>" in any text must not end the element.
	const json = JSON.stringify(setup).replace(/</g, '\\u003c');
	return `<script type="application/json" id="gj-cms-setup">${json}</script><script type="module" src="${ADMIN_ASSETS}${ADMIN_ENTRY}"></script>`;
}
