/**
 * <gj-search-dialog>: opens the header's search dialog from its button or Ctrl/⌘ K, focuses the
 * box, closes on Esc (native) or a click outside, and keeps the link to the search page
 * carrying the query typed so far.
 */

class SearchDialog extends HTMLElement {
	connectedCallback() {
		const open = this.querySelector<HTMLButtonElement>('.gj-search-open')!;
		const dialog = this.querySelector('dialog')!;
		const input = dialog.querySelector<HTMLInputElement>('input[name="q"]')!;
		const pageLink = dialog.querySelector<HTMLAnchorElement>('[data-search-page]')!;

		const show = () => {
			dialog.showModal();
			input.focus();
			input.select();
		};
		open.addEventListener('click', show);
		dialog.querySelector('.gj-search-close')!.addEventListener('click', () => dialog.close());
		// A click on the backdrop lands on the <dialog> itself, outside its frame.
		dialog.addEventListener('click', (event) => {
			if (event.target === dialog) dialog.close();
		});
		window.addEventListener('keydown', (event) => {
			if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
				event.preventDefault();
				if (dialog.open) dialog.close();
				else show();
			}
		});
		input.addEventListener('input', () => {
			pageLink.search = input.value.trim() ? `?q=${encodeURIComponent(input.value.trim())}` : '';
		});
		if (/(Mac|iPhone|iPad)/.test(navigator.platform)) {
			open.setAttribute('aria-keyshortcuts', 'Meta+K');
			const shortcut = open.querySelector('kbd');
			if (shortcut) shortcut.textContent = '⌘ K';
		}
	}
}

customElements.define('gj-search-dialog', SearchDialog);
