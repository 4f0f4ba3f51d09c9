import { PAGEFIND_OPTIONS } from '../model/search/options.ts';
import { loadPage, type PagefindData, type PagefindHit, runSearch } from '../model/search/run.ts';
import { FACETS } from '../schemas/vocab.ts';
import { el, loadPagefind } from './dom.ts';
import { renderChips, renderFilters, type Selected, toggleFacet } from './search-filters.ts';

/**
 * The search page: Pagefind's JS API behind a small UI. State lives in the URL, so every search
 * (query and filters) is a link. Filters are OR within a facet and AND across facets. Results load
 * their text five at a time, as Pagefind's own UI does: each result is a fragment file holding its
 * page's whole text, and most readers look at the first few.
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
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const labels = JSON.parse(panes.dataset.labels ?? '{}') as Record<string, string>;
  const pagefind = await loadPagefind(panes.dataset.pagefindBundle!, panes.dataset.base!, PAGEFIND_OPTIONS);
  const totals = await pagefind.filters();
  let state = readState();
  let hits: PagefindHit[] = [];
  let counts = totals;
  let run = 0;
  input.value = state.q;

  const redraw = () => {
    renderFilters(panes, totals, counts, state.filters);
    renderChips(chips, state.filters, labels);
  };
  const showMore = async (from: number, q: string, current: number) => {
    const data = await loadPage(q, hits, from, from + PAGE);
    if (current !== run) return;
    list.append(...data.map((d) => renderResult(d, Boolean(q))));
    more.hidden = hits.length <= from + PAGE;
  };

  const search = async () => {
    const current = ++run;
    writeState(state.q, state.filters);
    const filters = Object.fromEntries(Object.entries(state.filters).map(([f, v]) => [f, { any: v }]));
    if (!state.q && !Object.keys(filters).length) {
      counts = totals;
      hits = [];
      redraw();
      status.textContent = 'Type a query, or pick a filter to browse.';
      list.replaceChildren();
      more.hidden = true;
      return;
    }
    const outcome = await runSearch(pagefind, state.q, filters);
    if (!outcome || current !== run) return; // superseded by a newer search
    ({ hits } = outcome);
    counts = outcome.filters;
    redraw();
    const relaxedNote = outcome.relaxed ? ' (best matches first; not every result holds every word)' : '';
    status.textContent = `${hits.length} result${hits.length === 1 ? '' : 's'}${relaxedNote}`;
    list.replaceChildren();
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
    void showMore(list.children.length, state.q, run);
  });
  await search();
}

function renderResult(d: PagefindData, withExcerpt: boolean): HTMLLIElement {
  const title = el('a', { href: d.url }, [d.meta.title ?? d.url]);
  const head = el('p', { className: 'result-title' }, [
    title,
    ' ',
    el('span', { className: 'type-badge' }, [d.meta.type ?? '']),
  ]);
  const summary = el('p', { className: 'result-summary' }, [d.meta.summary ?? '']);
  const parts: Node[] = [head, summary];
  if (withExcerpt) {
    // Pagefind's excerpts mark matches with <mark>; they come from our own pages' text.
    const excerpt = el('p', { className: 'result-excerpt' });
    excerpt.innerHTML = d.excerpt;
    parts.push(excerpt);
    // "Related" link lists say nothing of their own; only sections with text are worth landing on.
    const subs = d.sub_results.filter((s) => s.url.includes('#') && s.title !== 'Related').slice(0, 3);
    if (subs.length)
      parts.push(
        el(
          'ul',
          { className: 'sub-results' },
          subs.map((s) => el('li', {}, [el('a', { href: s.url }, [s.title])])),
        ),
      );
  }
  return el('li', {}, parts);
}
