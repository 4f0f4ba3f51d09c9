import { type CollectionEntry, getCollection } from 'astro:content';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../schemas/registry.ts';
import type { GraphFacts } from './content/body.ts';
import { type EntryRecord, toGraphEntry } from './content/graph-entry.ts';
import { renderedBody } from './content/rendered-body.ts';
import { buildGraph, type Graph, type GraphEntry, keyOf } from './graph.ts';

/*
 * The site's one view of the content: Astro's collections plus the link graph, built once per
 * build and shared by every page (the module is evaluated once per build).
 */
export type AnyEntry = CollectionEntry<EntryCollection>;
export type Source = CollectionEntry<'sources'>;

export interface SiteData {
  graph: Graph;
  /** What each entry's body says (lib/content/body.ts), by entry key. */
  facts: Map<string, GraphFacts>;
  entries: Map<string, AnyEntry>;
  sources: Map<string, Source>;
  tags: Map<string, CollectionEntry<'tags'>['data']>;
  /** The guide's sections in the guide's order. */
  outline: CollectionEntry<'outline'>[];
  /** Outline section id → title, for provenance lines. */
  sectionTitles: Map<string, string>;
  /** Company id → its sources, so a company page does not scan every source. */
  sourcesByCompany: Map<string, Source[]>;
  /** Graph entries of one collection, sorted by title. */
  list(collection: EntryCollection): GraphEntry[];
}

let cached: Promise<SiteData> | undefined;
export const siteData = () => (cached ??= load());

async function load(): Promise<SiteData> {
  const all: AnyEntry[] = (await Promise.all(ENTRY_COLLECTIONS.map((c) => getCollection(c)))).flat();
  const sources = await getCollection('sources');
  // Astro hands references over as { collection, id }: the shape the check loader produces too.
  // What the graph and the review kit read of each body was noted when the body was rendered.
  const facts = new Map(all.map((e) => [keyOf(e), renderedBody(e).facts]));
  const graphEntries = all.map((e) => toGraphEntry(record(e), facts.get(keyOf(e))!));
  const graph = buildGraph(
    graphEntries,
    sources.map((s) => ({ id: s.id, title: s.data.title, organisation: s.data.organisation?.id })),
  );
  const byCollection = new Map<string, GraphEntry[]>();
  for (const e of [...graphEntries].sort((a, b) => a.title.localeCompare(b.title))) {
    byCollection.set(e.collection, [...(byCollection.get(e.collection) ?? []), e]);
  }
  const sourcesByCompany = new Map<string, Source[]>();
  for (const s of sources) {
    const org = s.data.organisation?.id;
    if (org) sourcesByCompany.set(org, [...(sourcesByCompany.get(org) ?? []), s]);
  }
  // content/outline.yaml lists the sections in the guide's order (content.config.ts records it).
  const outline = (await getCollection('outline')).sort((a, b) => a.data.order - b.data.order);
  return {
    graph,
    facts,
    sectionTitles: new Map(outline.map((s) => [s.id, s.data.title])),
    sourcesByCompany,
    entries: new Map(all.map((e) => [keyOf(e), e])),
    sources: new Map(sources.map((s) => [s.id, s])),
    tags: new Map((await getCollection('tags')).map((t) => [t.id, t.data])),
    outline,
    list: (collection) => byCollection.get(collection) ?? [],
  };
}

/** An Astro entry as the graph reads it. */
const record = (e: AnyEntry): EntryRecord => e;
