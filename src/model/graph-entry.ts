import type { GraphFacts } from '../ingest/body-facts.ts';
import { isRef, type Ref } from '../schemas/references.ts';
import { type EntryCollection, type EntryData, REGISTRY } from '../schemas/registry.ts';
import type { GraphEntry, GraphRef, GraphSource } from './graph.ts';

/**
 * One entry as the link graph sees it: its frontmatter references and the citations and links
 * of its body. The checks (from src/ingest/load.ts) and the site (from Astro's collections) both
 * build the graph from this, since both hand over entries of this shape.
 */
export type EntryRecord = {
  [C in EntryCollection]: { collection: C; id: string; data: EntryData<C> };
}[EntryCollection];

/** The entry's reference fields (those the registry lists for its collection), in order. */
export function refsOf(e: EntryRecord): GraphRef[] {
  const data: Record<string, unknown> = e.data;
  const fields: readonly string[] = REGISTRY[e.collection].refFields;
  return fields.flatMap((field) => {
    const value = data[field];
    return Array.isArray(value) ? value.filter(isRef).map((r) => ({ field, collection: r.collection, id: r.id })) : [];
  });
}

export function toGraphEntry(e: EntryRecord, facts: GraphFacts): GraphEntry {
  return {
    collection: e.collection,
    id: e.id,
    title: e.data.title,
    summary: e.data.summary,
    tags: e.data.tags,
    stages: 'stages' in e.data ? e.data.stages : [],
    origin: e.data.origin,
    guide: 'guide' in e.data ? e.data.guide : [],
    refs: refsOf(e),
    citations: facts.sources,
    links: facts.links.map((l) => l.href),
  };
}

/** A source as the graph reads it, from Astro's collection or the check loader alike (references as `{ collection, id }`). */
export function toGraphSource(s: {
  id: string;
  data: { title: string; organisation?: Ref | undefined; challenges: Ref[]; practices: Ref[]; techniques: Ref[] };
}): GraphSource {
  return {
    id: s.id,
    title: s.data.title,
    organisation: s.data.organisation?.id,
    challenges: s.data.challenges.map((r) => r.id),
    shows: [...s.data.practices, ...s.data.techniques].map((r) => `${r.collection}/${r.id}`),
  };
}
