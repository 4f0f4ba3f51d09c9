import { STAGE_IDS } from '../schemas/vocab.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../schemas/registry.ts';
import { aliasPath } from '../schemas/fields.ts';
import { sourceAnchor } from './citations.ts';
import { type Graph, type GraphEntry, keyOf, sharedTags } from './graph.ts';
import { entryPath } from './hrefs.ts';

/**
 * The model of the site: every page and the ids on it, computed from the content alone. The
 * components render the ids named here (and group and connect entries with the functions below);
 * the content checks resolve links against the model before any build; and a test compares the
 * model with the built site, page for page and id for id.
 */
export const IDS = {
  main: 'main',
  related: 'related',
  references: 'references',
  referencedBy: 'referenced-by',
  sharedTags: 'shared-tags',
  sources: 'sources',
  addressedBy: 'addressed-by',
  attributed: 'attributed',
  caseStudies: 'case-studies',
  citedBy: 'cited-by',
} as const;
/** Ids every page of the layout has: the main landmark, and the header's quick search (components/quick-search.astro). */
export const LAYOUT_IDS = [IDS.main, 'quick-search-list'];
export const caseId = (sourceId: string) => `case-${sourceId}`;
export const pointId = (section: string, index: number) => `${section}-${index + 1}`;

/** Ids the pages without content write themselves (src/pages/index.astro, search.astro, matrix.astro). */
const FIXED_PAGES: Record<string, string[]> = {
  '/': ['by-stage', 'by-challenge', 'by-company'],
  '/search/': ['search-q', 'filters-heading', 'chips-heading', 'results-heading'],
  '/matrix/': ['challenges', 'stages', 'matrix-challenges', 'matrix-stages'],
  '/tags/': [],
};

/** Entries grouped by collection in registry order, each group sorted by title; empty groups left out. */
export function groupByCollection(entries: GraphEntry[]): { collection: EntryCollection; items: GraphEntry[] }[] {
  return ENTRY_COLLECTIONS.map((collection) => ({
    collection,
    items: entries.filter((e) => e.collection === collection).sort((a, b) => a.title.localeCompare(b.title)),
  })).filter((g) => g.items.length);
}

/** An entry's place in the graph: what it points to, what points to it, what shares its tags. */
export function connections(graph: Graph, node: GraphEntry) {
  const outgoing = graph.outgoing.get(keyOf(node)) ?? [];
  const backlinks = (graph.backlinks.get(keyOf(node)) ?? []).filter((e) => !outgoing.includes(e));
  const byTags = sharedTags(graph, node).filter((e) => !outgoing.includes(e) && !backlinks.includes(e));
  return { outgoing, backlinks, byTags };
}

export interface SiteModelInput {
  graph: Graph;
  /** Per entry: its old ids, and the anchors its body writes (headings, their aliases, JSX ids). */
  entries: { collection: EntryCollection; id: string; aliases: string[]; anchors: string[] }[];
  sources: { id: string; organisation?: string | undefined }[];
  tags: string[];
  outline: { id: string; points: number }[];
}
/** Page path (without the base) → the ids on it. Redirect pages have none. */
export type SitePages = Map<string, Set<string>>;

export function siteModel({ graph, entries, sources, tags, outline }: SiteModelInput): SitePages {
  const pages: SitePages = new Map();
  const add = (path: string, ids: Iterable<string> = []) => pages.set(path, new Set([...LAYOUT_IDS, ...ids]));
  const groups = (prefix: string, list: GraphEntry[]) => groupByCollection(list).map((g) => `${prefix}${g.collection}`);
  for (const [path, ids] of Object.entries(FIXED_PAGES)) add(path, ids);
  for (const c of ENTRY_COLLECTIONS) add(`/${c}/`);
  add('/sources/', sources.map((s) => s.id));
  for (const s of sources) add(`/sources/${s.id}/`, [IDS.citedBy, caseId(s.id)]);
  add('/guide/', outline.flatMap((s) => [s.id, ...Array.from({ length: s.points }, (_, i) => pointId(s.id, i))]));
  for (const t of tags) add(`/tags/${t}/`, groups('', graph.byTag.get(t) ?? []));
  for (const s of STAGE_IDS) add(`/stages/${s}/`, groups('', graph.byStage.get(s) ?? []));
  for (const entry of entries) {
    const node = graph.entries.get(keyOf(entry))!;
    const { outgoing, backlinks, byTags } = connections(graph, node);
    const cited = node.citations.filter((id) => graph.sources.has(id));
    const ids = [...entry.anchors, IDS.related, ...cited.map(sourceAnchor)];
    if (outgoing.length) ids.push(IDS.references);
    if (backlinks.length) ids.push(IDS.referencedBy);
    if (byTags.length) ids.push(IDS.sharedTags);
    if (cited.length) ids.push(IDS.sources);
    if (entry.collection === 'challenges') ids.push(IDS.addressedBy, ...groups(`${IDS.addressedBy}-`, graph.addressing.get(entry.id) ?? []));
    if (entry.collection === 'companies') {
      const own = sources.filter((s) => s.organisation === entry.id).map((s) => caseId(s.id));
      ids.push(IDS.attributed, ...groups(`${IDS.attributed}-`, graph.byCompany.get(entry.id) ?? []), IDS.caseStudies, ...own);
    }
    add(entryPath(entry), ids);
    for (const alias of entry.aliases) pages.set(`/${aliasPath(entry.collection, alias).join('/')}/`, new Set());
  }
  return pages;
}
