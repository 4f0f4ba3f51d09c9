import type { GraphEntry } from '../graph.ts';
import type { BodyFacts } from './body.ts';
import type { LoadedEntry } from './load.ts';

/**
 * One entry as the link graph sees it: its frontmatter references and the citations and links
 * of its body. The checks and the site both build the graph from this.
 */
export function toGraphEntry(e: Pick<LoadedEntry, 'collection' | 'id' | 'data'>, facts: { citations: Pick<BodyFacts['citations'][number], 'key'>[]; links: Pick<BodyFacts['links'][number], 'href'>[] }): GraphEntry {
  const refs = (['challenges', 'techniques', 'related'] as const).flatMap((field) =>
    (e.data[field] ?? []).map((r) => ({ field, collection: r.collection, id: r.id })),
  );
  const citations = [...new Set(facts.citations.map((c) => c.key))];
  return {
    collection: e.collection, id: e.id, title: e.data.title, summary: e.data.summary, tags: e.data.tags,
    stages: e.data.stages ?? [], guide: e.data.guide ?? [], refs, citations, links: facts.links.map((l) => l.href),
  };
}
