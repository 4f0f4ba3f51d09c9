import { NAME_SEPARATOR, STOP_WORDS } from './options.ts';

/**
 * One search, as the search page, the header's quick search and the quality suite all run it.
 * Each word of the query is searched alone (filler words dropped; a word that matches nothing is
 * shortened until it does, as a typo usually sits near the end). A page that every word's search
 * finds holds every word: these strict results come first and are the count a reader sees.
 * Pagefind ANDs the words of a query itself, so the strict set is what it returns for the words
 * (test/build/real-search-index.test.ts checks that); searching them one by one also yields the
 * pages that hold only some words, the partial matches shown when strict ones are few (results.ts).
 * Pages rank by the sum of their per-word scores plus their score for the whole query, a
 * disjunction scored as BM25 scores one; partial matches rank by how many words they hold first.
 * The per-word searches read the same index chunks as the whole query, so they cost no transfer.
 */
export interface PagefindData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: { id: string; location: number }[];
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

/** The unfiltered answer to a query: filters apply to it in results.ts, so counts and lists agree. */
export interface Outcome {
  strict: PagefindHit[];
  partial: PagefindHit[];
  /** The words searched, as the highlighting marks them. */
  terms: string[];
}

const MIN_STEM = 4;
export const words = (q: string) =>
  q
    .toLowerCase()
    .split(/[^\p{L}\p{N}.+#-]+/u)
    .filter(Boolean);

/** The words a result must hold: filler words dropped, unless the query is nothing but filler. */
export function queryTerms(q: string): string[] {
  const all = words(q).filter((w) => w.length > 1);
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  return [...new Set(meaningful.length ? meaningful : all)];
}

export async function runSearch(pf: PagefindApi, q: string): Promise<Outcome | null> {
  const query = q.trim();
  if (!query) {
    const all = await pf.search(null);
    return all && { strict: all.results, partial: [], terms: [] };
  }
  const asTyped = await pf.search(query);
  if (!asTyped) return null;
  const terms = queryTerms(query);
  if (!terms.length) return { strict: asTyped.results, partial: [], terms: words(query) };
  const perTerm: PagefindSearch[] = [];
  for (const word of terms) {
    for (let n = word.length; n >= Math.min(MIN_STEM, word.length); n--) {
      const found = await pf.search(word.slice(0, n));
      if (found?.results.length) {
        perTerm.push(found);
        break;
      }
    }
  }
  // A word found nowhere leaves no page holding every word.
  const complete = perTerm.length === terms.length;
  const sum = new Map<string, { hit: PagefindHit; score: number; held: number }>();
  for (const s of [asTyped, ...perTerm])
    for (const h of s.results) {
      const seen = sum.get(h.id);
      // The whole query's hit, when there is one, locates every word in its data (snippet.ts).
      sum.set(h.id, { hit: seen?.hit ?? h, score: (seen?.score ?? 0) + h.score, held: seen?.held ?? 0 });
    }
  for (const s of perTerm) for (const h of s.results) sum.get(h.id)!.held++;
  const ranked = [...sum.values()].sort((a, b) => b.held - a.held || b.score - a.score);
  const isStrict = (x: { held: number }) => complete && x.held === perTerm.length;
  return {
    strict: ranked.filter(isStrict).map((x) => x.hit),
    partial: ranked.filter((x) => !isStrict(x)).map((x) => x.hit),
    terms,
  };
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
