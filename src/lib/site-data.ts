import { getCollection, type CollectionEntry } from 'astro:content';
import { toGraphEntry } from './content/graph-entry.ts';
import { renderedBody } from './content/rendered-body.ts';
import { buildGraph, byTitle, keyOf, type Graph, type GraphEntry } from './graph.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../schemas/vocab.ts';
import type { LoadedEntry } from './content/load.ts';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { contentDir } from './content-dir.ts';

/*
 * The site's one view of the content: Astro's collections plus the link graph, built once per
 * build and shared by every page (the module is evaluated once per build).
 */
export type AnyEntry = CollectionEntry<EntryCollection>;
export type Source = CollectionEntry<'sources'>;

export interface SiteData {
  graph: Graph;
  entries: Map<string, AnyEntry>;
  sources: Map<string, Source>;
  tags: Map<string, CollectionEntry<'tags'>['data']>;
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
  const all = (await Promise.all(ENTRY_COLLECTIONS.map((c) => getCollection(c)))).flat() as AnyEntry[];
  const sources = await getCollection('sources');
  const graphEntries = all.map((e) => {
    // Astro hands references over as { collection, id }, the same shape the checks produce.
    const asLoaded = { collection: e.collection, id: e.id, data: e.data } as unknown as LoadedEntry;
    // The loader read the body's citations and links while rendering it (no second parse here).
    const { citations, links } = renderedBody(e);
    return toGraphEntry(asLoaded, { citations: citations.map((key) => ({ key })), links: links.map((href) => ({ href })) });
  });
  const graph = buildGraph(graphEntries, sources.map((s) => ({ id: s.id, title: s.data.title, organisation: s.data.organisation?.id })));
  const byCollection = new Map<string, GraphEntry[]>();
  for (const e of [...graphEntries].sort((a, b) => byTitle(a.title, b.title))) {
    const list = byCollection.get(e.collection);
    if (list) list.push(e); else byCollection.set(e.collection, [e]);
  }
  const sourcesByCompany = new Map<string, Source[]>();
  for (const s of sources) {
    const org = s.data.organisation?.id;
    const list = org ? sourcesByCompany.get(org) : undefined;
    if (list) list.push(s); else if (org) sourcesByCompany.set(org, [s]);
  }
  // The outline keeps the guide's order, which is the order of content/outline.yaml (the loader sorts by id).
  const order = Object.keys(parseYaml(readFileSync(`${contentDir()}/outline.yaml`, 'utf8')) as object);
  const outline = (await getCollection('outline')).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return {
    graph,
    sectionTitles: new Map(outline.map((s) => [s.id, s.data.title])),
    sourcesByCompany,
    entries: new Map(all.map((e) => [keyOf(e), e])),
    sources: new Map(sources.map((s) => [s.id, s])),
    tags: new Map((await getCollection('tags')).map((t) => [t.id, t.data])),
    outline,
    list: (collection) => byCollection.get(collection) ?? [],
  };
}
