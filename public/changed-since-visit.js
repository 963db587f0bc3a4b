// 「自你上次访问以来有修改」: an entry's page carries the fingerprint of what it says
// (<meta name="gj:content-version">, src/routeData.ts). The fingerprint seen on each visit is kept
// in this browser's localStorage only, by page path, and a later visit that finds a different one
// says so above the page. A file, not an inline script, for the CSP.
(function () {
	var meta = document.querySelector('meta[name="gj:content-version"]');
	if (!meta) return;
	var key = 'gj-seen-versions';
	var path = location.pathname;
	var version = meta.getAttribute('content');
	var seen = {};
	try {
		seen = JSON.parse(localStorage.getItem(key) || '{}') || {};
	} catch (e) {
		// Blocked or unreadable storage: nothing to compare with, the page reads as usual.
	}
	var before = seen[path];
	if (before && before !== version) {
		var notice = document.createElement('p');
		notice.className = 'gj-changed-notice';
		notice.setAttribute('role', 'status');
		notice.textContent = '自你上次访问以来有修改。';
		var history = document.querySelector('meta[name="gj:history-url"]');
		if (history) {
			var link = document.createElement('a');
			link.href = history.getAttribute('content');
			link.textContent = '看看改了什么';
			notice.appendChild(link);
		}
		var title = document.querySelector('main h1');
		var anchor = title && (title.closest('.content-panel') || title.parentNode);
		if (anchor) anchor.appendChild(notice);
		else document.querySelector('main')?.prepend(notice);
	}
	seen[path] = version;
	try {
		localStorage.setItem(key, JSON.stringify(seen));
	} catch (e) {
		// As above: the next visit cannot tell, and says nothing.
	}
})();
