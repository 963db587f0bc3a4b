/**
 * Imported before Decap itself. Decap's ESM build waits for `CMS.init`, but its UMD build starts
 * on load with a config.yml it would fetch; the flag keeps either from starting on its own.
 */
declare global {
	interface Window {
		CMS_MANUAL_INIT?: boolean;
	}
}
window.CMS_MANUAL_INIT = true;
export {};
