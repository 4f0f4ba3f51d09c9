import type { Counts, Outcome, PagefindApi, PagefindHit } from './run.ts';

/**
 * What the reader sees of an outcome (run.ts) under the filters picked, and the count beside each
 * filter value, from one definition: the strict results that pass the filters, then, when fewer
 * than PARTIAL_BELOW pages hold every word of the query, the partial matches that pass. Whether
 * partial matches show is the query's affair, not the filters': so the counts of one facet add up to
 * the list (each page has one type), and a value's count is the length of the list a click on it
 * alone (within its facet) shows: "DoorDash (n)" gives n results. Filters are OR within a facet and
 * AND across facets. Which pages carry which value comes from Pagefind once per page load
 * (`loadMembership`); filtering the outcome here, rather than asking Pagefind for every
 * combination, is what keeps a count and its click in step.
 */
export const PARTIAL_BELOW = 5;
export type Selected = Record<string, string[]>;
/** facet → value → the ids of the pages that carry it. */
export type Membership = Record<string, Record<string, Set<string>>>;

interface Shown {
  strict: PagefindHit[];
  partial: PagefindHit[];
}

export async function loadMembership(pf: PagefindApi, totals: Counts): Promise<Membership> {
  const out: Membership = {};
  for (const [facet, values] of Object.entries(totals)) {
    out[facet] = {};
    for (const value of Object.keys(values)) {
      const found = await pf.search(null, { filters: { [facet]: value } });
      out[facet][value] = new Set(found?.results.map((r) => r.id));
    }
  }
  return out;
}

const passes = (id: string, selected: Selected, membership: Membership) =>
  Object.entries(selected).every(
    ([facet, values]) => !values.length || values.some((v) => membership[facet]?.[v]?.has(id)),
  );

export function shown(outcome: Outcome, selected: Selected, membership: Membership): Shown {
  const strict = outcome.strict.filter((h) => passes(h.id, selected, membership));
  const loose = outcome.strict.length < PARTIAL_BELOW;
  return { strict, partial: loose ? outcome.partial.filter((h) => passes(h.id, selected, membership)) : [] };
}

/** Every value's count: the results shown with that value alone picked in its facet. */
export function facetCounts(outcome: Outcome, selected: Selected, membership: Membership): Counts {
  const counts: Counts = {};
  for (const [facet, values] of Object.entries(membership)) {
    counts[facet] = {};
    for (const value of Object.keys(values)) {
      const list = shown(outcome, { ...selected, [facet]: [value] }, membership);
      counts[facet][value] = list.strict.length + list.partial.length;
    }
  }
  return counts;
}
