import { PAGEFIND_OPTIONS } from '../model/search/options.ts';
import { facetCounts, loadMembership, type Selected, shown } from '../model/search/results.ts';
import { loadPage, type Outcome, type PagefindHit, runSearch } from '../model/search/run.ts';
import { FACETS } from '../schemas/vocab.ts';
import { loadPagefind } from './dom.ts';
import { renderChips, renderFilters, toggleFacet } from './search-filters.ts';
import { renderResult } from './search-result.ts';

/**
 * The search page: Pagefind's JS API behind a small UI. State lives in the URL, so every search
 * (query and filters) is a link. Filters are OR within a facet and AND across facets. Results load
 * their text five at a time, as Pagefind's own UI does: each result is a fragment file holding its
 * page's whole text, and most readers look at the first few. The results holding every word are
 * the count; partial matches follow under their own heading when those are few (results.ts).
 */
const PAGE = 5;

function readState(): { q: string; filters: Selected } {
  const params = new URLSearchParams(location.search);
  const filters: Selected = {};
  for (const f of FACETS) if (params.getAll(f).length) filters[f] = params.getAll(f);
  return { q: params.get('q') ?? '', filters };
}

function writeState(q: string, filters: Selected) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [f, values] of Object.entries(filters)) for (const v of values) params.append(f, v);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

export async function startSearch() {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panes = document.querySelector<HTMLElement>('[data-search-filters]')!;
  const chips = document.querySelector<HTMLElement>('[data-search-chips]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const partialBox = document.querySelector<HTMLElement>('[data-search-partial]')!;
  const partialList = partialBox.querySelector('ol')!;
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const labels = JSON.parse(panes.dataset.labels ?? '{}') as Record<string, string>;
  const pagefind = await loadPagefind(panes.dataset.pagefindBundle!, panes.dataset.base!, PAGEFIND_OPTIONS);
  const totals = await pagefind.filters();
  const membership = await loadMembership(pagefind, totals);
  let state = readState();
  let hits: PagefindHit[] = [];
  let strictCount = 0;
  let terms: string[] = [];
  let counts = totals;
  let run = 0;
  let last: { q: string; outcome: Outcome } | undefined;
  input.value = state.q;

  const redraw = () => {
    renderFilters(panes, totals, counts, state.filters);
    renderChips(chips, state.filters, labels);
  };
  const showMore = async (from: number, q: string, current: number) => {
    const data = await loadPage(q, hits, from, from + PAGE);
    if (current !== run) return;
    data.forEach((d, i) => {
      (from + i < strictCount ? list : partialList).append(renderResult(d, q ? terms : undefined));
    });
    more.hidden = hits.length <= from + PAGE;
  };

  const search = async () => {
    const current = ++run;
    writeState(state.q, state.filters);
    if (!state.q && !Object.keys(state.filters).length) {
      counts = totals;
      hits = [];
      redraw();
      status.textContent = 'Type a query, or pick a filter to browse.';
      list.replaceChildren();
      partialList.replaceChildren();
      partialBox.hidden = true;
      more.hidden = true;
      return;
    }
    // The query runs once; picking filters only filters its outcome.
    const outcome = last?.q === state.q ? last.outcome : await runSearch(pagefind, state.q);
    if (!outcome || current !== run) return; // superseded by a newer search
    last = { q: state.q, outcome };
    const view = shown(outcome, state.filters, membership);
    hits = [...view.strict, ...view.partial];
    strictCount = view.strict.length;
    terms = outcome.terms;
    counts = facetCounts(outcome, state.filters, membership);
    redraw();
    const n = view.partial.length;
    const partial = n ? `; ${n} partial match${n === 1 ? '' : 'es'} below` : '';
    status.textContent = `${strictCount} result${strictCount === 1 ? '' : 's'}${partial}`;
    list.replaceChildren();
    partialList.replaceChildren();
    partialBox.hidden = !view.partial.length;
    await showMore(0, state.q, current);
  };
  const setFilter = (facet: string, value: string, on: boolean) => {
    const current = new Set(state.filters[facet] ?? []);
    if (on) current.add(value);
    else current.delete(value);
    const filters = { ...state.filters, [facet]: [...current] };
    if (!current.size) delete filters[facet];
    state = { ...state, filters };
    void search();
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state = { ...state, q: input.value.trim() };
    void search();
  });
  input.addEventListener('input', () => {
    state = { ...state, q: input.value.trim() };
    void search();
  });
  panes.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    setFilter(box.name, box.value, box.checked);
  });
  panes.addEventListener('click', (e) => {
    if (toggleFacet(e.target)) {
      redraw();
      panes
        .querySelector<HTMLElement>(`[data-facet-toggle="${(e.target as HTMLElement).dataset.facetToggle}"]`)
        ?.focus();
    }
  });
  chips.addEventListener('click', (e) => {
    const chip = e.target instanceof Element ? e.target.closest<HTMLElement>('.chip') : null;
    if (!chip) return;
    if ('chipClear' in chip.dataset) {
      state = { ...state, filters: {} };
      void search();
    } else setFilter(chip.dataset.chipFacet!, chip.dataset.chipValue!, false);
    input.focus();
  });
  more.addEventListener('click', () => {
    void showMore(list.children.length + partialList.children.length, state.q, run);
  });
  await search();
}
