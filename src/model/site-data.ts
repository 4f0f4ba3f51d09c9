import { type CollectionEntry, getCollection, render } from 'astro:content';
import { createHash } from 'node:crypto';
import { problems, serving } from 'virtual:kb/dev';
import type { GraphFacts } from '../ingest/body-facts.ts';
import { GRAPH_FACTS } from '../ingest/plugins/remark-graph-facts.ts';
import { contentDir } from '../ingest/settings.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../schemas/registry.ts';
import { type Freshness, freshnessOf } from './freshness.ts';
import { buildGraph, type Graph, type GraphEntry, keyOf } from './graph.ts';
import { type EntryRecord, toGraphEntry, toGraphSource } from './graph-entry.ts';

/*
 * The site's one view of the content: Astro's collections plus the link graph, shared by every
 * page. It is built again whenever the content changed (in `npm run dev`, after each edit): the
 * key is every entry's and data file's digest, which Astro's loaders recompute from the files, so
 * a page never shows a graph older than the files.
 */
type AnyEntry = CollectionEntry<EntryCollection>;
export type Source = CollectionEntry<'sources'>;

export interface SiteData {
  graph: Graph;
  /** What each entry's body says (src/ingest/body.ts), by entry key. */
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
  /** Entry key → when it last changed (git history) and its path in the repository. */
  freshness: Map<string, Freshness>;
  /** Graph entries of one collection, sorted by title. */
  list(collection: EntryCollection): GraphEntry[];
}

let cached: { key: string; data: Promise<SiteData> } | undefined;

/** Everything the site shows, as the loaders hold it now, and a key that changes whenever any of it does. */
async function collections() {
  const all: AnyEntry[] = (await Promise.all(ENTRY_COLLECTIONS.map((c) => getCollection(c)))).flat();
  const sources = await getCollection('sources');
  const tags = await getCollection('tags');
  const outline = await getCollection('outline');
  // The file() loader keeps no digest: its data stands in for one.
  const key = [...all, ...sources, ...tags, ...outline]
    .map((e) => `${e.collection}/${e.id}@${e.digest ?? JSON.stringify(e.data)}`)
    .join('\n');
  return { all, sources, tags, outline, key };
}

export async function siteData(): Promise<SiteData> {
  // A build reads files that cannot change under it: one graph for all its pages.
  if (cached && !serving) return cached.data;
  const { all, sources, tags, outline, key } = await collections();
  if (cached?.key !== key) cached = { key, data: load(all, sources, tags, outline) };
  return cached.data;
}

/**
 * A short digest of what a page would show now: the content as the loaders hold it and the dev
 * checks' findings (the dev server's reload, src/checks/content/dev.ts).
 */
export async function contentVersion(): Promise<string> {
  const { key } = await collections();
  return createHash('sha256').update(key).update(problems.join('\n')).digest('hex').slice(0, 16);
}

/** What the link graph and the review kit read of each body, noted while @astrojs/mdx rendered it. */
async function factsOf(entry: AnyEntry): Promise<GraphFacts> {
  const { remarkPluginFrontmatter } = await render(entry);
  return remarkPluginFrontmatter[GRAPH_FACTS] as GraphFacts;
}

async function load(
  all: AnyEntry[],
  sources: Source[],
  tags: CollectionEntry<'tags'>[],
  outlineSections: CollectionEntry<'outline'>[],
): Promise<SiteData> {
  // Astro hands references over as { collection, id }: the shape the check loader produces too.
  const facts = new Map(await Promise.all(all.map(async (e) => [keyOf(e), await factsOf(e)] as const)));
  const graphEntries = all.map((e) => toGraphEntry(record(e), facts.get(keyOf(e))!));
  const graph = buildGraph(graphEntries, sources.map(toGraphSource));
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
  const outline = [...outlineSections].sort((a, b) => a.data.order - b.data.order);
  return {
    graph,
    facts,
    sectionTitles: new Map(outline.map((s) => [s.id, s.data.title])),
    sourcesByCompany,
    entries: new Map(all.map((e) => [keyOf(e), e])),
    sources: new Map(sources.map((s) => [s.id, s])),
    tags: new Map(tags.map((t) => [t.id, t.data])),
    outline,
    freshness: freshnessOf(
      all.flatMap((e) => (e.filePath ? [{ key: keyOf(e), filePath: e.filePath }] : [])),
      contentDir(),
    ),
    list: (collection) => byCollection.get(collection) ?? [],
  };
}

/** An Astro entry as the graph reads it. */
const record = (e: AnyEntry): EntryRecord => e;
