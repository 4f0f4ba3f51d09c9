/**
 * The search page: Pagefind's JS API behind a small UI. State lives in the URL, so every search
 * (query and filters) is a link. Filters are OR within a facet and AND across facets.
 */
interface PagefindSubResult { title: string; url: string; excerpt: string }
interface PagefindData { url: string; excerpt: string; meta: Record<string, string>; sub_results: PagefindSubResult[] }
interface PagefindSearch { results: { data: () => Promise<PagefindData> }[]; filters: Record<string, Record<string, number>>; totalFilters: Record<string, Record<string, number>> }
interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: object): Promise<PagefindSearch | null>;
}

const FACETS = ['type', 'company', 'challenge', 'stage', 'tag'];
const PAGE = 20;

function readState(): { q: string; filters: Record<string, string[]> } {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const f of FACETS) if (params.getAll(f).length) filters[f] = params.getAll(f);
  return { q: params.get('q') ?? '', filters };
}

function writeState(q: string, filters: Record<string, string[]>) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [f, values] of Object.entries(filters)) for (const v of values) params.append(f, v);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
}

// Keyed by tag name so `props` are checked against that element (e.g. `href` on 'a'). The explicit
// return type stops TS inferring K from a call's context ("union type too complex" in nested calls).
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

export async function startSearch() {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panes = document.querySelector<HTMLElement>('[data-search-filters]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const bundle = panes.dataset.pagefindBundle!;
  const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: panes.dataset.base, excerptLength: 24 });
  await pagefind.init();
  const totals = await pagefind.filters();
  let state = readState();
  input.value = state.q;

  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    for (const facet of FACETS) {
      const set = panes.querySelector<HTMLFieldSetElement>(`fieldset[data-facet="${facet}"]`)!;
      const legend = set.querySelector('legend')!;
      const values = Object.keys(totals[facet] ?? {}).sort((a, b) => a.localeCompare(b));
      set.replaceChildren(legend, ...values.map((value) => {
        const box = el('input', { type: 'checkbox', name: facet, value, checked: state.filters[facet]?.includes(value) ?? false });
        const n = counts[facet]?.[value] ?? 0;
        return el('label', { className: n ? '' : 'empty' }, [box, ` ${value} `, el('span', { className: 'count' }, [`(${n})`])]);
      }));
    }
  };

  const run = async () => {
    writeState(state.q, state.filters);
    const filters = Object.fromEntries(Object.entries(state.filters).map(([f, v]) => [f, { any: v }]));
    const browsing = !state.q && !Object.keys(filters).length;
    if (browsing) {
      renderFilters(totals);
      status.textContent = 'Type a query, or pick a filter to browse.';
      list.replaceChildren();
      return;
    }
    const search = await pagefind.search(state.q || null, { filters });
    if (!search) return; // superseded by a newer search
    renderFilters(search.filters);
    status.textContent = `${search.results.length} result${search.results.length === 1 ? '' : 's'}`;
    const data = await Promise.all(search.results.slice(0, PAGE).map((r) => r.data()));
    list.replaceChildren(...data.map((d) => renderResult(d, Boolean(state.q))));
  };

  form.addEventListener('submit', (e) => { e.preventDefault(); state = { ...state, q: input.value.trim() }; void run(); });
  input.addEventListener('input', () => { state = { ...state, q: input.value.trim() }; void run(); });
  panes.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    const current = new Set(state.filters[box.name] ?? []);
    if (box.checked) current.add(box.value); else current.delete(box.value);
    const filters = { ...state.filters, [box.name]: [...current] };
    if (!current.size) delete filters[box.name];
    state = { ...state, filters };
    void run();
  });
  await run();
}

function renderResult(d: PagefindData, withExcerpt: boolean): HTMLLIElement {
  const title = el('a', { href: d.url }, [d.meta.title ?? d.url]);
  const head = el('p', { className: 'result-title' }, [title, ' ', el('span', { className: 'type-badge' }, [d.meta.type ?? ''])]);
  const summary = el('p', { className: 'result-summary' }, [d.meta.summary ?? '']);
  const parts: Node[] = [head, summary];
  if (withExcerpt) {
    // Pagefind's excerpts mark matches with <mark>; they come from our own pages' text.
    const excerpt = el('p', { className: 'result-excerpt' });
    excerpt.innerHTML = d.excerpt;
    parts.push(excerpt);
    // "Related" link lists say nothing of their own; only sections with text are worth landing on.
    const subs = d.sub_results.filter((s) => s.url.includes('#') && s.title !== 'Related').slice(0, 3);
    if (subs.length) parts.push(el('ul', { className: 'sub-results' }, subs.map((s) => el('li', {}, [el('a', { href: s.url }, [s.title])]))));
  }
  return el('li', {}, parts);
}
