import type { GraphFacts } from '../ingest/body-facts.ts';
import { STAGES } from '../schemas/vocab.ts';
import { entryKeyFromHref, type Graph, type GraphEntry, keyOf } from './graph.ts';
import { caseItems, type KitSource } from './kit-cases.ts';
import { buildKit, type Kit, type KitItem, type KitLabels } from './kit-view.ts';
import { reviewQuestions } from './review-questions.ts';

/*
 * The review kit's items, from the graph: the design-review questions, the challenges, practices
 * and techniques, and the case studies, each with the challenges it serves and the section it lands
 * on. ./kit-view.ts picks, groups and ranks them for a selection.
 */
/** The section that answers a reviewer, per kind (ids pinned by the entry shapes, so every entry has it). */
const LANDING: Record<string, string> = { challenges: 'remedies', practices: 'how', techniques: 'when-to-use' };
const uniq = (xs: Iterable<string>) => [...new Set(xs)].sort();

/**
 * The challenges each entry serves: a challenge itself; a practice or technique, the challenges it
 * names and those whose remedies link it (a remedy may be a technique that names no challenge).
 */
function servedBy(graph: Graph, facts: Map<string, GraphFacts>): Map<string, string[]> {
  const served = new Map<string, string[]>();
  const add = (key: string, challenge: string) => served.set(key, uniq([...(served.get(key) ?? []), challenge]));
  for (const e of graph.entries.values()) {
    if (e.collection === 'challenges') add(keyOf(e), e.id);
    for (const r of e.refs) if (r.field === 'challenges' && e.collection !== 'challenges') add(keyOf(e), r.id);
    if (e.collection !== 'challenges') continue;
    const headings = [...(facts.get(keyOf(e))?.headings ?? [])].sort((a, b) => a.line - b.line);
    const at = headings.findIndex((h) => h.slug === LANDING.challenges);
    if (at < 0) continue;
    const end = headings.slice(at + 1).find((h) => h.depth <= headings[at]!.depth)?.line ?? Infinity;
    for (const link of facts.get(keyOf(e))!.links) {
      const key = link.line > headings[at]!.line && link.line < end ? entryKeyFromHref(link.href) : null;
      if (key && graph.entries.has(key) && !key.startsWith('challenges/')) add(key, e.id);
    }
  }
  return served;
}

export function kitItems(graph: Graph, facts: Map<string, GraphFacts>, sources: KitSource[]): KitItem[] {
  const items: KitItem[] = [];
  const served = servedBy(graph, facts);
  const serves = (e: GraphEntry) => served.get(keyOf(e)) ?? [];
  const landing = (e: GraphEntry) => {
    const ids = new Set((facts.get(keyOf(e))?.headings ?? []).map((h) => h.slug));
    const id = LANDING[e.collection];
    return `/${e.collection}/${e.id}/${id && ids.has(id) ? `#${id}` : ''}`;
  };
  for (const e of [...graph.entries.values()].filter((x) => x.collection === 'frameworks')) {
    const body = facts.get(keyOf(e));
    if (!body) continue;
    for (const q of reviewQuestions(body)) {
      const linked = q.entries.map((k) => graph.entries.get(k)).filter((x): x is GraphEntry => !!x);
      items.push({
        kind: 'question',
        title: q.heading.text,
        href: `/${e.collection}/${e.id}/#${q.heading.slug}`,
        note: '',
        challenges: uniq(linked.flatMap(serves)),
        stages: uniq(linked.flatMap((l) => l.stages)),
      });
    }
  }
  const byTitle = (a: GraphEntry, b: GraphEntry) => a.title.localeCompare(b.title);
  for (const kind of ['challenge', 'practice', 'technique'] as const) {
    for (const e of [...graph.entries.values()].filter((x) => x.collection === `${kind}s`).sort(byTitle)) {
      items.push({
        kind,
        title: e.title,
        href: landing(e),
        note: e.summary,
        challenges: serves(e),
        stages: uniq(e.stages),
      });
    }
  }
  return [...items, ...caseItems(graph, sources, serves)];
}

/** The labels a kit names challenges and stages by. */
export function kitLabels(graph: Graph): KitLabels {
  const challenges = [...graph.entries.values()].filter((e) => e.collection === 'challenges');
  return { ...STAGES, ...Object.fromEntries(challenges.map((c) => [c.id, c.title])) };
}

/**
 * Each challenge's kit (/review/<challenge>/), from an index of the items by challenge: filtering
 * every item once per challenge would grow with the square of the knowledge base.
 */
export function challengeKits(graph: Graph, items: KitItem[]): Map<string, Kit> {
  const index = new Map<string, KitItem[]>();
  for (const item of items) {
    for (const c of item.challenges) {
      const list = index.get(c) ?? [];
      list.push(item);
      index.set(c, list);
    }
  }
  const labels = kitLabels(graph);
  const kits = new Map<string, Kit>();
  for (const e of graph.entries.values()) {
    if (e.collection !== 'challenges') continue;
    kits.set(e.id, buildKit(index.get(e.id) ?? [], { challenges: [e.id], stages: [] }, labels));
  }
  return kits;
}
