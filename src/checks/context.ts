import { analyzeBody, type BodyFacts } from '../lib/content/body.ts';
import type { Content, LoadedEntry } from '../lib/content/load.ts';
import { buildGraph, type Graph, type GraphEntry } from '../lib/graph.ts';
import { closest, distance } from 'fastest-levenshtein';

/** Everything a rule may read: the loaded files, each body's facts, and the one link graph. */
export interface CheckContext {
  content: Content;
  graph: Graph;
  facts: Map<LoadedEntry, BodyFacts>;
}

export function toGraphEntry(e: LoadedEntry, facts: BodyFacts): GraphEntry {
  const refs = (['challenges', 'techniques', 'related'] as const).flatMap((field) =>
    (e.data[field] ?? []).map((r) => ({ field, collection: r.collection, id: r.id })),
  );
  const citations = [...new Set(facts.citations.map((c) => c.key))];
  return {
    collection: e.collection, id: e.id, title: e.data.title, summary: e.data.summary, tags: e.data.tags,
    stages: e.data.stages ?? [], guide: e.data.guide ?? [], refs, citations, links: facts.links.map((l) => l.href),
  };
}

export function createContext(content: Content): CheckContext {
  const facts = new Map(content.entries.map((e) => [e, analyzeBody(e.body)]));
  const graph = buildGraph(
    content.entries.map((e) => toGraphEntry(e, facts.get(e)!)),
    content.sources.map((s) => ({ id: s.id, title: s.data.title, organisation: s.data.organisation?.id })),
  );
  return { content, graph, facts };
}

/** " (did you mean `cold-start`?)" when a known id is close enough to be a typo. */
export function suggest(unknown: string, known: Iterable<string>): string {
  const list = [...known];
  if (!list.length) return '';
  const best = closest(unknown, list);
  const close = best && levenshteinRatio(unknown, best) <= 0.4;
  return close ? ` (did you mean \`${best}\`?)` : '';
}

function levenshteinRatio(a: string, b: string): number {
  return distance(a, b) / Math.max(a.length, b.length);
}
