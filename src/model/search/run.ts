import { NAME_SEPARATOR, STOP_WORDS } from './options.ts';

/**
 * One search, as the search page, the header's quick search and the quality suite all run it.
 * Pagefind matches a page only when it holds every word of the query, so a reader's question
 * ("model gets worse over time") finds pages that happen to hold all its filler words, or nothing,
 * and a typo finds nothing. So a query of several words is also run word by word (filler words
 * dropped; a word that matches nothing is shortened until it does, as a typo usually sits near the
 * end), and each page is ranked by the sum of its per-word scores plus its score for the whole query:
 * a disjunction scored as BM25 scores one, which still puts pages holding every word first.
 * The per-word searches read the same index chunks as the whole query, so they cost no transfer.
 */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
export interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
export type Counts = Record<string, Record<string, number>>;
interface PagefindSearch {
  results: PagefindHit[];
  filters: Counts;
}
export interface PagefindApi {
  search(q: string | null, o?: object): Promise<PagefindSearch | null>;
}

interface Outcome {
  hits: PagefindHit[];
  filters: Counts;
  relaxed: boolean;
}

const MIN_STEM = 4;
export const words = (q: string) =>
  q
    .toLowerCase()
    .split(/[^\p{L}\p{N}.+#-]+/u)
    .filter(Boolean);

export async function runSearch(pf: PagefindApi, q: string, filters: object = {}): Promise<Outcome | null> {
  const query = q.trim();
  const asTyped = await pf.search(query || null, { filters });
  if (!asTyped) return null;
  const terms = words(query).filter((w) => w.length > 1 && !STOP_WORDS.has(w));
  if (!query || (terms.length < 2 && asTyped.results.length))
    return { hits: asTyped.results, filters: asTyped.filters, relaxed: false };

  const perTerm: PagefindSearch[] = [];
  for (const word of terms) {
    for (let n = word.length; n >= Math.min(MIN_STEM, word.length); n--) {
      const found = await pf.search(word.slice(0, n), { filters });
      if (found?.results.length) {
        perTerm.push(found);
        break;
      }
    }
  }
  const sum = new Map<string, { hit: PagefindHit; score: number }>();
  for (const s of [asTyped, ...perTerm])
    for (const h of s.results) sum.set(h.id, { hit: h, score: (sum.get(h.id)?.score ?? 0) + h.score });
  const hits = [...sum.values()].sort((a, b) => b.score - a.score).map((s) => s.hit);
  return {
    hits,
    filters: mergeCounts(
      asTyped.filters,
      perTerm.map((s) => s.filters),
    ),
    relaxed: hits.length > asTyped.results.length,
  };
}

/** Filter counts of a relaxed search: at least the largest count of any single word's search. */
function mergeCounts(base: Counts, others: Counts[]): Counts {
  const out: Counts = structuredClone(base);
  for (const c of others)
    for (const [facet, values] of Object.entries(c)) {
      out[facet] ??= {};
      const f = out[facet];
      for (const [v, n] of Object.entries(values)) f[v] = Math.max(f[v] ?? 0, n);
    }
  return out;
}

const normal = (s: string) => words(s).join(' ');

/**
 * The data of results `from`..`to`. On the first page, a result whose title or one of whose names
 * equals the query moves to the top: Pagefind scores "Cold start" and "Mixture embeddings for cold
 * start" alike on their titles, but a reader who types a name means that entry.
 */
export async function loadPage(q: string, hits: PagefindHit[], from: number, to: number): Promise<PagefindData[]> {
  const data = await Promise.all(hits.slice(from, to).map((h) => h.data()));
  if (from > 0 || !q.trim()) return data;
  const target = normal(q);
  const exact = data.findIndex((d) =>
    [d.meta.title ?? '', ...(d.meta.names ?? '').split(NAME_SEPARATOR)].some((n) => n && normal(n) === target),
  );
  if (exact > 0) data.unshift(...data.splice(exact, 1));
  return data;
}
