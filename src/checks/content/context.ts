import { closest, distance } from 'fastest-levenshtein';
import type { Content } from '../../ingest/load.ts';
import { buildGraph, type Graph, keyOf } from '../../model/graph.ts';
import { toGraphEntry, toGraphSource } from '../../model/graph-entry.ts';
import { kitSource } from '../../model/kit-cases.ts';
import { kitIds } from '../../model/kit-view.ts';
import { challengeKits, kitItems } from '../../model/review-kit.ts';
import { type SitePages, siteModel } from '../../model/site-model.ts';

/** Everything a rule may read: the loaded files (each entry with its body's facts) and the one link graph. */
export interface CheckContext {
  content: Content;
  graph: Graph;
}

export function createContext(content: Content): CheckContext {
  const graph = buildGraph(
    content.entries.map((e) => toGraphEntry(e, e.facts)),
    content.sources.map(toGraphSource),
  );
  return { content, graph };
}

/** The site the content will build (src/model/site-model.ts), for links checked before any build. */
export function sitePages({ content, graph }: CheckContext): SitePages {
  return siteModel({
    graph,
    entries: content.entries.map((e) => ({
      collection: e.collection,
      id: e.id,
      aliases: e.data.aliases,
      anchors: [...e.facts.headings.flatMap((h) => [h.slug, ...h.aliases]), ...e.facts.ids.map((el) => el.id)],
      sections: e.facts.headings.filter((h) => h.depth === 2 || h.depth === 3).length,
    })),
    sources: content.sources.map((s) => ({ id: s.id, organisation: s.data.organisation?.id })),
    tags: content.tags.map((t) => t.id),
    outline: content.outline.map((s) => ({ id: s.id, points: s.data.points.length })),
    reviewKits: reviewKits(content, graph),
  });
}

/** Challenge id → the ids of its review kit, as /review/<challenge>/ writes them. */
function reviewKits(content: Content, graph: Graph): Map<string, string[]> {
  const facts = new Map(content.entries.map((e) => [keyOf(e), e.facts]));
  const kits = challengeKits(graph, kitItems(graph, facts, content.sources.map(kitSource)));
  return new Map([...kits].map(([id, kit]) => [id, kitIds(kit)]));
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
