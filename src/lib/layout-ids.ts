/**
 * The ids page layouts give their own elements (src/layouts and the entry components). The link check knows them as anchors; the layout-ids rule keeps headings in the
 * text off them, or two elements would share `#sources` and every citation link would jump to the
 * heading. test/site-build.test.ts compares these lists with a built page, so none is forgotten.
 */
/** Ids every page's layout has. */
export const LAYOUT_IDS = ['main', 'quick-search-list'];
/** Ids the entry layout adds (src/components/connections.astro, entry-sources.astro, page-toc.astro). */
export const ENTRY_IDS = [
  'related', 'connections', 'sources', 'toc-rail-title',
  'connections-practices', 'connections-challenges', 'connections-techniques', 'connections-companies', 'connections-frameworks',
];
/** Ids the panels add, by collection (src/components/case-studies.astro). */
export const PANEL_IDS: Record<string, string[]> = {
  companies: ['case-studies'],
};
/** One per cited source in the entry's list, `source-<id>`; one per case card on a company page, `case-<id>`. */
export const LAYOUT_ID_PREFIXES = ['source-', 'case-'];

const ALL = new Set([...LAYOUT_IDS, ...ENTRY_IDS, ...Object.values(PANEL_IDS).flat()]);
export const isLayoutId = (id: string) => ALL.has(id) || LAYOUT_ID_PREFIXES.some((p) => id.startsWith(p));
