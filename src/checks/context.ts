import { analyzeBody, type BodyFacts } from '../lib/content/body.ts';
import type { Content, LoadedEntry } from '../lib/content/load.ts';
import { toGraphEntry } from '../lib/content/graph-entry.ts';
import { buildGraph, type Graph } from '../lib/graph.ts';
import { closest, distance } from 'fastest-levenshtein';

/** Everything a rule may read: the loaded files, each body's facts, and the one link graph. */
export interface CheckContext {
  content: Content;
  graph: Graph;
  facts: Map<LoadedEntry, BodyFacts>;
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
