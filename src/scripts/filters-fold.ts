import { FACETS } from '../schemas/vocab.ts';

/**
 * The count on the search page's "Filters (n)" control, which folds the filters away on a phone
 * (src/pages/search.astro): how many filter values are applied. The search keeps its state in the
 * URL (src/scripts/search.ts), so the count is read from there, each time the filter panes are
 * redrawn; this keeps the fold apart from the search code, which knows nothing of it.
 */
export function countFilters() {
  const fold = document.querySelector<HTMLDetailsElement>('[data-filters-fold]');
  const count = fold?.querySelector<HTMLElement>('[data-filters-count]');
  const panes = fold?.querySelector<HTMLElement>('[data-search-filters]');
  if (!fold || !count || !panes) return;
  const update = () => {
    const params = new URLSearchParams(location.search);
    const n = FACETS.reduce((sum, facet) => sum + params.getAll(facet).length, 0);
    count.textContent = `(${n})`;
  };
  update();
  // The panes are redrawn after every change of query or filter, once the URL holds the new state.
  new MutationObserver(update).observe(panes, { childList: true, subtree: true });
}
