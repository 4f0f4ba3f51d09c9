import { classifyHref } from '../ingest/hrefs.ts';
import type { EntryCollection } from '../schemas/registry.ts';
import type { ORIGINS } from '../schemas/vocab.ts';
import { type CaseIndex, type CaseSource, indexCases } from './cases.ts';

/*
 * The link graph, built once per build (or per check run) and read by every page and every check:
 * typed references, body links, tags, citations, and their reverses (backlinks, company pages,
 * challenge pages, the bibliography). Backlinks are the reverse of outgoing links, as in Quartz.
 */
export interface GraphRef {
  field: string;
  collection: string;
  id: string;
}
export interface GraphEntry {
  collection: EntryCollection;
  id: string;
  title: string;
  summary: string;
  tags: string[];
  stages: string[];
  /** `team` for the team's own lessons, `guide` for the guide's. */
  origin: keyof typeof ORIGINS;
  guide: string[];
  /** Frontmatter references (`challenges`, `techniques`, `related`). */
  refs: GraphRef[];
  /** Citation keys in order of first appearance. */
  citations: string[];
  /** Internal hrefs found in the body, as written. */
  links: string[];
}
/** A source as the graph reads it: its company and its case record (./cases.ts). */
export interface GraphSource extends CaseSource {
  title: string;
}

/** The order of String#localeCompare, from one collator instead of a new one per comparison. */
export const byTitle = new Intl.Collator().compare;

export const keyOf = (e: { collection: string; id: string }) => `${e.collection}/${e.id}`;

/** `/challenges/cold-start/#why` → `challenges/cold-start`; anything else → null. */
export const entryKeyFromHref = (href: string): string | null => {
  const h = classifyHref(href);
  return h.kind === 'internal' ? h.entry : null;
};

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
};

export interface Graph {
  entries: Map<string, GraphEntry>;
  sources: Map<string, GraphSource>;
  /** Entries this entry points to, by reference or body link, in order. */
  outgoing: Map<string, GraphEntry[]>;
  /** Entries that point to this entry. */
  backlinks: Map<string, GraphEntry[]>;
  byTag: Map<string, GraphEntry[]>;
  byStage: Map<string, GraphEntry[]>;
  bySection: Map<string, GraphEntry[]>;
  /** Source id → entries citing it. */
  citing: Map<string, GraphEntry[]>;
  /** What each company's case studies are about and show (./cases.ts). */
  cases: CaseIndex<GraphEntry>;
  /** Challenge id → practices and techniques that name it. */
  addressing: Map<string, GraphEntry[]>;
  /** References and body links whose target does not exist. */
  dangling: { from: GraphEntry; target: string; field: string }[];
  /** Each entry's place when all are sorted by title: ranks compare as numbers, titles compare slowly. */
  titleRank: Map<GraphEntry, number>;
}

export function buildGraph(list: GraphEntry[], sourceList: GraphSource[]): Graph {
  const entries = new Map(list.map((e) => [keyOf(e), e]));
  const sources = new Map(sourceList.map((s) => [s.id, s]));
  const titleRank = new Map([...list].sort((a, b) => byTitle(a.title, b.title)).map((e, i) => [e, i]));
  const g: Graph = {
    entries,
    sources,
    outgoing: new Map(),
    backlinks: new Map(),
    byTag: new Map(),
    byStage: new Map(),
    bySection: new Map(),
    citing: new Map(),
    cases: indexCases(entries, sourceList, titleRank),
    addressing: new Map(),
    dangling: [],
    titleRank,
  };
  for (const e of list) {
    const key = keyOf(e);
    const out: GraphEntry[] = [];
    const targets: [string, string][] = [
      ...e.refs.map((r): [string, string] => [keyOf(r), r.field]),
      ...e.links.flatMap((h): [string, string][] => {
        const k = entryKeyFromHref(h);
        return k ? [[k, 'body link']] : [];
      }),
    ];
    for (const [target, field] of targets) {
      const to = entries.get(target);
      if (!to) {
        g.dangling.push({ from: e, target, field });
        continue;
      }
      if (to === e || out.includes(to)) continue;
      out.push(to);
      push(g.backlinks, target, e);
      if (to.collection === 'challenges' && field === 'challenges') push(g.addressing, to.id, e);
    }
    g.outgoing.set(key, out);
    for (const t of e.tags) push(g.byTag, t, e);
    for (const s of e.stages) push(g.byStage, s, e);
    for (const s of e.guide) push(g.bySection, s, e);
    for (const c of e.citations) push(g.citing, c, e);
  }
  return g;
}

/** Entries sharing tags with `entry`, most shared first; bounded so a popular tag stays cheap. */
export function sharedTags(g: Graph, entry: GraphEntry, limit = 8): GraphEntry[] {
  if (limit < 1) return [];
  const counts = new Map<GraphEntry, number>();
  for (const t of entry.tags) {
    for (const other of (g.byTag.get(t) ?? []).slice(0, 200)) {
      if (other !== entry) counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  const before = (a: [GraphEntry, number], b: [GraphEntry, number]) =>
    b[1] - a[1] || g.titleRank.get(a[0])! - g.titleRank.get(b[0])!;
  // The best `limit` kept in order as the counts go by: sorting hundreds of candidates for every
  // page, to keep eight, was a second of a 5,000-entry build.
  const best: [GraphEntry, number][] = [];
  for (const candidate of counts) {
    if (best.length === limit && before(candidate, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!) < 0) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(([e]) => e);
}
