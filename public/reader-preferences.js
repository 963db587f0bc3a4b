// Applies the reader's text size and contrast before the first paint, so pages never flash back to
// the default size. Loaded synchronously in <head>; the settings control (src/components/reader/
// ReaderSettings.astro) writes the same keys. A file, not an inline script, for the CSP.
try {
	var stored = { textSize: localStorage.getItem('gj-text-size'), contrast: localStorage.getItem('gj-contrast') };
	for (var name in stored) if (stored[name] && stored[name] !== 'standard') document.documentElement.dataset[name] = stored[name];
} catch (e) {
	// Storage can be blocked (private mode); the page then reads at standard size.
}
