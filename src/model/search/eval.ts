import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { PARTIAL_BELOW, shown } from './results.ts';
import { loadPage, type PagefindApi, queryTerms, runSearch } from './run.ts';

/**
 * The search-quality suite: realistic queries, each with the entries that answer it, run against a
 * built index exactly as the search page runs them. hit@3 is the share of queries with an answer in
 * the first three results; MRR is the mean of 1/rank of the first answer (0 when none of the top 10).
 * Precision is, over the queries of several words, the mean share of the first page of results (the
 * PARTIAL_BELOW a reader sees first) that hold every word: what loose matching costs a reader.
 */
interface SuiteQuery {
  q: string;
  expect: string[];
}
interface Suite {
  queries: SuiteQuery[];
}
interface Miss {
  q: string;
  expect: string[];
  rank: number | null;
  top: string[];
}
interface Report {
  total: number;
  hitAt3: number;
  mrr: number;
  precision: number;
  multiWord: number;
  misses: Miss[];
}

/** The precision floor sits a little under the 78.1% measured when every-word results first came first. */
export const THRESHOLDS = { hitAt3: 0.95, mrr: 0.9, precision: 0.75 };
const DEPTH = 10;

export function readSuite(file: string): Suite {
  const raw = parse(readFileSync(file, 'utf8')) as Partial<Suite> | null;
  const queries = raw?.queries ?? [];
  const bad = queries.filter((x) => typeof x?.q !== 'string' || !Array.isArray(x.expect) || !x.expect.length);
  if (!queries.length || bad.length)
    throw new Error(
      `${file}: every query needs \`q:\` and a non-empty \`expect:\` list of collection/id (${bad.length} malformed)`,
    );
  return { queries };
}

/** `/challenges/drift/` → `challenges/drift`. */
const idOf = (url: string) => url.replace(/^\/|\/$/g, '');

/** The first `depth` results of one query, in the order a reader sees them, each marked strict or not. */
async function top(pf: PagefindApi, q: string, depth = DEPTH): Promise<{ id: string; strict: boolean }[]> {
  const outcome = await runSearch(pf, q);
  if (!outcome) return [];
  const list = shown(outcome, {}, {});
  const data = await loadPage(q, [...list.strict, ...list.partial], 0, depth);
  // Strict results precede partial ones, and the exact-name move (loadPage) moves a strict one.
  const out = data.map((d, i) => ({ id: idOf(new URL(d.url, 'https://x').pathname), strict: i < list.strict.length }));
  return out.filter((x, i) => out.findIndex((y) => y.id === x.id) === i);
}

export async function topIds(pf: PagefindApi, q: string, depth = DEPTH): Promise<string[]> {
  return (await top(pf, q, depth)).map((x) => x.id);
}

/** Runs the suite; `known` (the ids of the built site) turns a stale expected id into an error. */
export async function evaluate(pf: PagefindApi, suite: Suite, known?: Set<string>): Promise<Report> {
  if (known) {
    const stale = suite.queries.flatMap((x) =>
      x.expect.filter((id) => !known.has(id)).map((id) => `"${x.q}" expects ${id}`),
    );
    if (stale.length) throw new Error(`the suite names entries the site does not have:\n  ${stale.join('\n  ')}`);
  }
  let hits = 0;
  let rr = 0;
  const shares: number[] = [];
  const misses: Miss[] = [];
  for (const { q, expect } of suite.queries) {
    const found = await top(pf, q);
    const ids = found.map((x) => x.id);
    const index = ids.findIndex((id) => expect.includes(id));
    const rank = index < 0 ? null : index + 1;
    if (rank !== null && rank <= 3) hits++;
    else misses.push({ q, expect, rank, top: ids.slice(0, 3) });
    rr += rank ? 1 / rank : 0;
    const page = found.slice(0, PARTIAL_BELOW);
    if (queryTerms(q).length > 1 && page.length) shares.push(page.filter((x) => x.strict).length / page.length);
  }
  const total = suite.queries.length;
  const precision = shares.reduce((a, b) => a + b, 0) / (shares.length || 1);
  return { total, hitAt3: hits / total, mrr: rr / total, precision, multiWord: shares.length, misses };
}

export function formatReport(r: Report): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `queries ${r.total}   hit@3 ${pct(r.hitAt3)}   MRR ${r.mrr.toFixed(3)}   (thresholds: hit@3 ` +
      `${pct(THRESHOLDS.hitAt3)}, MRR ${THRESHOLDS.mrr})`,
    `precision ${pct(r.precision)}: the share of every-word results among the first ${PARTIAL_BELOW} of the ` +
      `${r.multiWord} queries of several words (threshold ${pct(THRESHOLDS.precision)})`,
  ];
  if (r.misses.length)
    lines.push('', `misses (${r.misses.length}): query → expected; rank of the first expected entry; the top three`);
  for (const m of r.misses)
    lines.push(
      `  "${m.q}" → ${m.expect.join(' | ')}; ${m.rank ? `rank ${m.rank}` : 'not in the top 10'}; got ` +
        `${m.top.join(', ') || 'nothing'}`,
    );
  return lines.join('\n');
}

export const passes = (r: Report) =>
  r.hitAt3 >= THRESHOLDS.hitAt3 && r.mrr >= THRESHOLDS.mrr && r.precision >= THRESHOLDS.precision;
