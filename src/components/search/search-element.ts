/**
 * <gj-search>: reads the box (and the filter checkboxes, on the search page), runs the search
 * through lib/search and renders the results into SearchBox's template. On the search page the
 * URL follows the search, so any search with its filters can be linked to.
 */
import { ALL_EDITIONS, EDITION_KEY, editionScope, loadSearchEditions, type EditionScope, type SearchEdition } from '../../lib/search/editions';
import { loadFragment } from '../../lib/search/load-fragment';
import { loadPagefind } from '../../lib/search/load-pagefind';
import { planQuery, type QueryPlan } from '../../lib/search/query-plan';
import { toResultView, type ResultView } from '../../lib/search/result-view';
import { runSearch, type RankedResult } from '../../lib/search/run-search';
import { hasFilters, readSearchState, searchParamsFor, type SearchState } from '../../lib/search/search-state';
import { statusMessage } from './status-message';

/** Typing pause before a search runs; Pagefind starts fetching the index chunks at once. */
const DEBOUNCE_MS = 150;

/** Reported after every search, for the benchmark and the tests: what ran, what it found, how long it took. */
export interface SearchDoneDetail {
	query: string;
	/** Pagefind ids of every result, best first. */
	ids: string[];
	/** How many results the status line reports; the list holds as many items once paged to the end. */
	total: number;
	/** From the start of the search to the ranked list of results. */
	searchMs: number;
	/** From the start of the search to its first results on screen. */
	ms: number;
}

class SearchElement extends HTMLElement {
	#form!: HTMLFormElement;
	#input!: HTMLInputElement;
	#status!: HTMLElement;
	#list!: HTMLOListElement;
	#more!: HTMLButtonElement;
	#resultTemplate!: HTMLTemplateElement;
	#unavailableTemplate!: HTMLTemplateElement;
	#editions: SearchEdition[] = [];
	#results: RankedResult[] = [];
	#plan: QueryPlan = { terms: [] };
	#shown = 0;
	#run = 0;
	/** The pages of results being rendered, one after the other, so they land in order. */
	#paging: Promise<void> = Promise.resolve();
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback() {
		this.#form = this.querySelector('form')!;
		this.#input = this.#form.querySelector('input[name="q"]')!;
		this.#status = this.querySelector('.gj-search-status')!;
		this.#list = this.querySelector('.gj-search-results')!;
		this.#more = this.querySelector('.gj-search-more')!;
		this.#resultTemplate = this.querySelector('template[data-item="result"]')!;
		this.#unavailableTemplate = this.querySelector('template[data-item="unavailable"]')!;

		this.#input.addEventListener('input', (event) => {
			// Wait for the input method to commit the characters (拼音 → 汉字) before searching.
			if ((event as InputEvent).isComposing) return;
			this.#schedule();
		});
		this.#input.addEventListener('compositionend', () => this.#schedule());
		this.#form.addEventListener('change', (event) => {
			if (event.target !== this.#input) this.search();
		});
		this.#form.addEventListener('submit', (event) => {
			// In the header, Enter opens the search page with the query; on that page it searches in place.
			if (this.dataset.mode !== 'page') return;
			event.preventDefault();
			this.search();
		});
		this.#more.addEventListener('click', () => void this.#showMore(this.#run));

		if (this.dataset.mode === 'page') {
			this.#restore(readSearchState(new URLSearchParams(location.search), this.#filterKeys()));
			this.search();
		}
	}

	#filterKeys(): string[] {
		return [...new Set([...this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => box.name))];
	}

	#state(): SearchState {
		const fields = [...new FormData(this.#form)].map(([name, value]) => [name, String(value)]);
		const state = readSearchState(new URLSearchParams(fields), this.#filterKeys());
		// The current edition is the default (the radio checked in the HTML) and stays out of the URL.
		if (state.edition && state.edition === this.#editionRadios().find((radio) => radio.defaultChecked)?.value) delete state.edition;
		return state;
	}

	#editionRadios(): HTMLInputElement[] {
		return [...this.#form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${EDITION_KEY}"]`)];
	}

	/** The editions a search lists: the search page's 版本 choice; every edition in the header. */
	#scope(choice: string | undefined): EditionScope {
		return editionScope(this.#editions, this.dataset.mode === 'page' ? choice : ALL_EDITIONS);
	}

	#restore(state: SearchState) {
		this.#input.value = state.query;
		for (const box of this.#form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
			box.checked = state.filters[box.name]?.includes(box.value) ?? false;
			if (box.checked) box.closest('details')?.setAttribute('open', '');
		}
		// An edition the page does not offer leaves the default, the current edition, checked.
		const chosen = this.#editionRadios().find((radio) => radio.value === state.edition);
		if (chosen) {
			chosen.checked = true;
			chosen.closest('details')?.setAttribute('open', '');
		}
	}

	#schedule() {
		clearTimeout(this.#timer);
		this.preload(this.#input.value).catch(() => undefined);
		this.#timer = setTimeout(() => this.search(), DEBOUNCE_MS);
	}

	/** Fetches the index chunks a query needs, so its search finds them already loaded. */
	async preload(query: string) {
		const terms = planQuery(query).terms;
		if (!terms.length) return;
		const pagefind = await loadPagefind(this.dataset.bundlePath!, this.dataset.baseUrl!);
		await Promise.all(terms.map((term) => pagefind.preload(term.search)));
	}

	/** Runs the search in the box now. */
	async search() {
		clearTimeout(this.#timer);
		const run = ++this.#run;
		const started = performance.now();
		const state = this.#state();
		this.#plan = planQuery(state.query);
		if (!this.#plan.terms.length && !hasFilters(state)) {
			if (this.dataset.mode === 'page') this.#updateUrl(state);
			return this.#clear();
		}
		try {
			const [pagefind, editions] = await Promise.all([loadPagefind(this.dataset.bundlePath!, this.dataset.baseUrl!), loadSearchEditions(this.dataset.editionsUrl!)]);
			this.#editions = editions;
			const { results, otherEditions } = await runSearch(pagefind, this.#plan, state.filters, this.#scope(state.edition));
			const searchMs = performance.now() - started;
			if (run !== this.#run) return;
			this.#results = results;
			this.#shown = 0;
			this.#paging = Promise.resolve();
			this.#list.replaceChildren();
			this.#more.hidden = true;
			await this.#showMore(run);
			if (run !== this.#run) return;
			this.#status.textContent = statusMessage(state.query.trim(), this.#plan, results.length, hasFilters(state), otherEditions);
			const detail: SearchDoneDetail = { query: state.query, ids: results.map((r) => r.id), total: results.length, searchMs, ms: performance.now() - started };
			// After the results are on screen: updating the URL costs a few milliseconds in Chromium.
			if (this.dataset.mode === 'page') this.#updateUrl(state);
			this.dispatchEvent(new CustomEvent('gj-search:done', { detail, bubbles: true }));
		} catch (error) {
			if (run !== this.#run) return;
			console.error(error);
			this.#status.textContent = this.dataset.unavailable ?? '搜索暂时不可用。';
		}
	}

	#updateUrl(state: SearchState) {
		const params = searchParamsFor(state).toString();
		history.replaceState(null, '', params ? `?${params}` : location.pathname);
	}

	#clear() {
		this.#results = [];
		this.#list.replaceChildren();
		this.#more.hidden = true;
		this.#status.textContent = '';
	}

	/**
	 * Renders the next page of results after the pages already asked for, unless a newer search
	 * has started meanwhile. Every result becomes an item: one whose fragment cannot be loaded
	 * becomes an item that says so and can be loaded again, so the list never falls short of the
	 * count above it.
	 */
	#showMore(run: number): Promise<void> {
		// A click between the start of a search and its answer asks for more of the old results.
		const results = this.#results;
		this.#paging = this.#paging.then(async () => {
			if (run !== this.#run || results !== this.#results) return;
			const batch = results.slice(this.#shown, this.#shown + Number(this.dataset.pageSize));
			this.#shown += batch.length;
			const items = await Promise.all(batch.map((result) => this.#item(result)));
			if (run !== this.#run || results !== this.#results) return;
			this.#list.append(...items);
			this.#more.hidden = this.#shown >= this.#results.length;
		});
		return this.#paging;
	}

	async #item(result: RankedResult): Promise<HTMLElement> {
		const terms = this.#plan.terms.map((term) => term.text);
		const current = this.#editions.find((edition) => edition.current)?.slug;
		try {
			return this.#render(toResultView(await loadFragment(result.result), terms, current));
		} catch (error) {
			console.error(`Search result ${result.id} could not be loaded:`, error);
			const item = this.#unavailableTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
			item.dataset.resultId = result.id;
			item.querySelector('button')!.addEventListener('click', async () => item.replaceWith(await this.#item(result)), { once: true });
			return item;
		}
	}

	#render(view: ResultView): HTMLElement {
		const item = this.#resultTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
		const link = item.querySelector('a')!;
		link.href = view.url;
		link.textContent = view.title;
		item.querySelector('.gj-search-type')!.textContent = view.type;
		item.querySelector('.gj-search-edition')!.textContent = view.oldEdition ?? '';
		item.querySelector('.gj-search-orgs')!.textContent = view.orgs.join('、');
		item.querySelector('.gj-search-snippet')!.append(
			...view.snippet.map((part) => (part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text)),
		);
		return item;
	}
}

customElements.define('gj-search', SearchElement);
